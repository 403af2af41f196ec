#!/bin/sh
# Renders pages of a PDF the plugin wrote as the PNG previews in src/site/resources/images/:
#
#   src/site/preview/render-pdf.sh examples/gov-info-annual/target/docgen/2021/yutan-2021.1.pdf 2 5
#
# Needs poppler-utils. Unlike the Word previews nothing is patched or mapped: the PDF carries its fonts.
set -eu
pdf=$1; shift
out=$(cd "$(dirname "$0")" && pwd)/../resources/images
mkdir -p "$out"
for page in "$@"; do
    pdftoppm -png -r 50 -f "$page" -l "$page" -singlefile "$pdf" "$out/gov-info-annual-2021-pdf-page-$page"
done
ls -l "$out"
