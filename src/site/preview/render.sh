#!/bin/sh
# Renders pages of a generated Word document as the PNG previews in src/site/resources/images/.
#
#   src/site/preview/render.sh examples/gov-info-annual/target/docgen/2021/yutan-2021.1.docx 1 4 5 6
#
# Needs LibreOffice, poppler-utils, zip/unzip and fonts-noto-cjk. Two things differ from Word:
# - the fonts: fonts.conf maps 仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体 and 宋体 to the open
#   CJK fonts, so the preview shows serif body text and sans headings instead of one fallback;
# - the character grid: LibreOffice (7.4) puts each 16 pt character on the 15.79 pt grid of
#   28 characters a line into two cells, spreading every line; Word and WPS narrow the characters.
#   The preview copy therefore uses the natural pitch (w:charSpace="0", 27 characters a line).
set -eu
docx=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../resources/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name=$(basename "$docx" .docx)
mkdir "$work/parts"
unzip -q "$docx" -d "$work/parts"
sed -i 's/w:charSpace="-[0-9]*"/w:charSpace="0"/' "$work/parts/word/document.xml"
(cd "$work/parts" && zip -q -X -r "$work/$name.docx" .)
FONTCONFIG_FILE=$here/fonts.conf soffice --headless -env:UserInstallation=file://$work/profile \
    --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
mkdir -p "$out"
for page in "$@"; do
    pdftoppm -png -r 50 -f "$page" -l "$page" -singlefile "$work/$name.pdf" "$out/gov-info-annual-2021-page-$page"
done
ls -l "$out"
