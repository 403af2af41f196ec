#!/bin/sh
# The PDF benchmark, from the repository root:   bench/pdf.sh [copies, default 20]
# In one run on the same reports: the plugin's PDFs of N copies of the 2021 sample (a fresh JVM, as
# a build is: what the PDFs add to it, the fonts read once included) against converting the plugin's
# Word documents of the same reports to PDF by LibreOffice (one soffice process for the whole batch)
# and by docx4j's PDF export (docx4j-export-fo on Apache FOP, one JVM for the whole batch; its class
# path comes from bench/pdf/pom.xml, never from the plugin's pom).
# Needs LibreOffice (libreoffice-writer-nogui) and fonts-noto-cjk, as .ci/run installs them.
set -eu
n=${1:-20}
./mvnw -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
./mvnw -B -ntp -q -f bench/pdf/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/target/docx4j-classpath.txt"
project=$(mktemp -d)
trap 'rm -rf "$project"' EXIT
uptime
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/pdf/PdfVsLibreOffice.java "$project" "$n" target/docx4j-classpath.txt
uptime
