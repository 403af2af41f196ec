#!/bin/sh
# The OFD benchmark, from the repository root:   bench/ofd.sh [copies, default 20]
# In one JVM (after an untimed warm-up build), N copies of the 2021 sample built three times, each
# into a fresh project: PDFs alone, OFDs alone, and both (where each OFD takes its PDF's layout).
# Prints the seconds of each build and what an OFD costs against its PDF.
set -eu
n=${1:-20}
./mvnw -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
uptime
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/ofd/OfdVsPdf.java "$work" "$n"
uptime
