#!/bin/sh
# The batch measurement, from the repository root (after bench/run.sh or the two builds in it):
#   bench/batch.sh [project-dir] [data-files]
# Writes a project with 10,000 data files of the built-in kind (BatchProject), then runs
# `mvn package` on it with a 256 MB heap: the check goal, then the generate goal, which checks
# every file again and renders 10,000 Word and 10,000 HTML documents and attaches them.
# Prints each goal's log lines with time stamps (the generate goal's last line gives its documents
# per second, checks included), the whole build's wall clock and documents per second, CPU, peak
# memory, and the heap after each young collection (flat = memory does not grow with the batch).
set -eu
repo=$(pwd)
project=${1:-/tmp/docgen-batch}
n=${2:-10000}
docs=$((n * 2))
stamp="-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
rm -rf "$project"
java -cp "$repo/bench/target/benchmarks.jar" io.github.docgen.bench.BatchProject "$project" "$n"
sync
build() { # title, extra Maven arguments...
  title=$1; shift
  echo "== $title"
  MAVEN_OPTS="-Xmx256m -Xlog:gc:file=$project/gc.log $stamp" /usr/bin/time -v "$repo/mvnw" -o -f "$project/pom.xml" "$@" 2>&1 \
    | grep -E -- '--- docgen|docgen: [0-9]+ data file|docgen: [0-9]+ document|docgen: all|BUILD|Elapsed|Maximum resident|Percent of CPU|User time|System time' \
    | tee "$project/last.log"
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$project/last.log" | awk -F: '{print $(NF-1)*60 + $NF}')
  echo "whole build: $docs documents in $wall s = $(awk -v d="$docs" -v w="$wall" 'BEGIN {printf "%.0f", d / w}') documents/s"
}
uptime
build "first build: mvn package (check goal, then generate goal)" package
echo "heap after each young collection (MB), first/min/max/last:"
grep -o 'Pause Young.*->[0-9]*M' "$project/gc.log" | sed 's/.*->\([0-9]*\)M/\1/' \
  | awk 'NR==1{f=$1;mn=$1;mx=$1} {if($1<mn)mn=$1; if($1>mx)mx=$1; l=$1} END {print f, mn, mx, l, "(" NR " collections)"}'
build "again, nothing changed" package
rm -rf "$project/target"; sync
build "first build, generate goal alone (it checks every file itself): mvn docgen:generate" \
  io.github.docgen:docgen-maven-plugin:0.1.0-SNAPSHOT:generate
uptime
