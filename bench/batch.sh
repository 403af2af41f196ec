#!/bin/sh
# The batch measurement, from the repository root (after bench/run.sh or the two builds in it):
#   bench/batch.sh [project-dir] [data-files]
# Writes a project with 10,000 data files of the built-in kind (BatchProject), then runs
# `mvn package` on it with a 256 MB heap: the check goal, then the generate goal, which checks
# every file again and renders 10,000 Word and 10,000 HTML documents and attaches them.
# Prints each goal's log lines with time stamps (the generate goal's last line gives its documents
# per second, checks included), the whole build's wall clock and documents per second, CPU, peak
# memory, and the heap after each young collection (flat = memory does not grow with the batch).
# Then the same builds again with the JVM options README.md suggests for large batches, written to
# the project's .mvn/jvm.config as a user would.
set -eu
repo=$(pwd)
project=${1:-/tmp/docgen-batch}
n=${2:-10000}
docs=$((n * 2))
large_batch_options="-XX:+UseParallelGC -XX:InlineSmallCode=500 -XX:MaxInlineLevel=4 -XX:FreqInlineSize=100"
stamp="-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
plugin=io.github.docgen:docgen-maven-plugin:0.1.0-SNAPSHOT
# A project left by an earlier run is deleted only after the builds: on a file system without a
# journal (this VM's ext4), creating a file in the 35 s after many were deleted scans past each
# deleted inode (the kernel's recently_deleted), which cost several seconds of system time here.
# No build below deletes outputs for the same reason: each fresh build writes to a fresh folder.
trash=""
if [ -e "$project" ]; then
  trash="$project.old.$$"
  mv "$project" "$trash"
fi
java -cp "$repo/bench/target/benchmarks.jar" io.github.docgen.bench.BatchProject "$project" "$n"
sync
build() { # title, JVM options for .mvn/jvm.config (or ""), Maven arguments...
  title=$1; options=$2; shift 2
  echo "== $title"
  mkdir -p "$project/.mvn"
  echo "$options" > "$project/.mvn/jvm.config"
  MAVEN_OPTS="-Xmx256m -Xlog:gc:file=$project/gc.log $stamp" /usr/bin/time -v "$repo/mvnw" -o -f "$project/pom.xml" "$@" 2>&1 \
    | grep -E -- '--- docgen|docgen: [0-9]+ data file|docgen: [0-9]+ document|docgen: all|BUILD|Elapsed|Maximum resident|Percent of CPU|User time|System time' \
    | tee "$project/last.log"
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$project/last.log" | awk -F: '{print $(NF-1)*60 + $NF}')
  echo "whole build: $docs documents in $wall s = $(awk -v d="$docs" -v w="$wall" 'BEGIN {printf "%.0f", d / w}') documents/s"
}
heap() {
  echo "heap after each young collection (MB), first/min/max/last ($(sed -n 's/.*Using //p' "$project/gc.log" | head -1)):"
  grep -o 'Pause Young.*->[0-9]*M' "$project/gc.log" | sed 's/.*->\([0-9]*\)M/\1/' \
    | awk 'NR==1{f=$1;mn=$1;mx=$1} {if($1<mn)mn=$1; if($1>mx)mx=$1; l=$1} END {print f, mn, mx, l, "(" NR " collections)"}'
}
uptime
build "first build: mvn package (check goal, then generate goal)" "" package
heap
build "again, nothing changed" "" package
build "first build, generate goal alone (it checks every file itself): mvn docgen:generate" "" \
  -Ddocgen.outputDirectory="$project/target/alone" "$plugin:generate"
build "first build with .mvn/jvm.config: $large_batch_options" "$large_batch_options" \
  -Ddocgen.outputDirectory="$project/target/tuned" package
heap
build "first build, generate goal alone, with the same .mvn/jvm.config" "$large_batch_options" \
  -Ddocgen.outputDirectory="$project/target/tuned-alone" "$plugin:generate"
uptime
rm -rf "$project/.mvn" # so that a later build of the project by hand runs with Maven's defaults
if [ -n "$trash" ]; then
  rm -rf "$trash"
fi
