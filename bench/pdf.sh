#!/bin/sh
# The PDF benchmark, from the repository root:   bench/pdf.sh [copies, default 20]
# In one run on the same reports: the plugin's PDFs of N copies of the 2021 sample (a fresh JVM, as
# a build is: what the PDFs add to it, the fonts read once included) against LibreOffice converting
# the plugin's Word documents of the same reports to PDF, one soffice process for the whole batch.
# Needs LibreOffice (libreoffice-writer-nogui) and fonts-noto-cjk, as .ci/run installs them.
set -eu
n=${1:-20}
./mvnw -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
project=$(mktemp -d)
trap 'rm -rf "$project"' EXIT
uptime
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/pdf/PdfVsLibreOffice.java "$project" "$n"
uptime
