#!/bin/sh
# Renders pages of a generated Word document as the PNG previews in src/site/resources/images/.
#
#   src/site/preview/render.sh examples/gov-info-annual/target/docgen/2021/yutan-2021.1.docx 1 4 5 6
#
# Needs LibreOffice, poppler-utils and fonts-noto-cjk. One thing differs from Word: the fonts:
# fonts.conf maps 仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体 and 宋体 to the open CJK fonts, so the
# preview shows serif body text and sans headings instead of one fallback. The document itself is
# converted as it is: its line grid and condensed characters give 28 characters a line in
# LibreOffice as in Word.
set -eu
docx=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../resources/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name=$(basename "$docx" .docx)
cp "$docx" "$work/$name.docx"
FONTCONFIG_FILE=$here/fonts.conf soffice --headless -env:UserInstallation=file://$work/profile \
    --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
mkdir -p "$out"
for page in "$@"; do
    pdftoppm -png -r 50 -f "$page" -l "$page" -singlefile "$work/$name.pdf" "$out/gov-info-annual-2021-page-$page"
done
ls -l "$out"
