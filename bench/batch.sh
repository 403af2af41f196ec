#!/bin/sh
# The batch measurement, from the repository root (after bench/run.sh or the two builds in it):
#   bench/batch.sh [project-dir] [data-files]
# Writes a project with 10,000 data files of the built-in kind (BatchProject), then runs
# `mvn package` on it with a 256 MB heap: 10,000 Word and 10,000 HTML documents, checks included.
# The plugin's last line gives documents per second; /usr/bin/time the wall clock and peak memory.
set -eu
repo=$(pwd)
project=${1:-/tmp/docgen-batch}
n=${2:-10000}
rm -rf "$project"
java -cp "$repo/bench/target/benchmarks.jar" io.github.docgen.bench.BatchProject "$project" "$n"
uptime
MAVEN_OPTS="-Xmx256m -Xlog:gc:file=$project/gc.log" /usr/bin/time -v "$repo/mvnw" -o -f "$project/pom.xml" package 2>&1 \
  | grep -E 'docgen:|BUILD|Elapsed|Maximum resident|Percent of CPU'
echo "heap after each young collection (MB), first/min/max/last:"
grep -o 'Pause Young.*->[0-9]*M' "$project/gc.log" | sed 's/.*->\([0-9]*\)M/\1/' \
  | awk 'NR==1{f=$1;mn=$1;mx=$1} {if($1<mn)mn=$1; if($1>mx)mx=$1; l=$1} END {print f, mn, mx, l, "(" NR " collections)"}'
echo "again, nothing changed:"
MAVEN_OPTS="-Xmx256m" /usr/bin/time -v "$repo/mvnw" -o -f "$project/pom.xml" package 2>&1 \
  | grep -E 'docgen: (all|[0-9]+ document)|Elapsed'
echo "without attaching 20,000 artifacts (-Ddocgen.attach=false), forced:"
MAVEN_OPTS="-Xmx256m" /usr/bin/time -v "$repo/mvnw" -o -f "$project/pom.xml" package -Ddocgen.attach=false -Ddocgen.force=true 2>&1 \
  | grep -E 'docgen: [0-9]+ document|Elapsed|Percent of CPU'
uptime
