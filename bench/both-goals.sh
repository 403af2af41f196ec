#!/bin/sh
# What binding both goals costs a build (issue 12's targets), from the repository root, after
# `./mvnw -q install -DskipTests -Dinvoker.skip` and `(cd bench && ../mvnw -q package)`:
#   bench/both-goals.sh [files] [project-dir]
# Writes a project of N data files of the built-in kind (BatchProject; 2 documents each) and runs,
# with Maven's default JVM options (issue 12's targets; BENCH_MAVEN_OPTS="-Xmx256m" for a 256 MB heap):
#   1. mvn package -Ddocgen.skip=true          the build without the plugin's work
#   2. mvn package                              check goal, then generate goal (reuses the checks)
#   3. mvn docgen:generate                      the generate goal alone, into another folder
# and prints the documents per second of 2 over 1 (documents / (time 2 - time 1)), and the
# generate goal's own documents/s line of 2 and 3.
set -eu
repo=$(pwd)
n=${1:-2000}
project=${2:-/tmp/docgen-both-$n}
docs=$((n * 2))
plugin=io.github.docgen:docgen-maven-plugin:0.1.0-SNAPSHOT
rm -rf "$project"
java -cp "$repo/bench/target/benchmarks.jar" io.github.docgen.bench.BatchProject "$project" "$n" > /dev/null
sync
run() { # title, Maven arguments...; prints the wall time in seconds
  title=$1; shift
  start=$(date +%s.%N)
  MAVEN_OPTS="${BENCH_MAVEN_OPTS-}" "$repo/mvnw" -o -B -f "$project/pom.xml" "$@" > "$project/last.log" 2>&1
  end=$(date +%s.%N)
  grep -E 'docgen: [0-9]+ data file|docgen: [0-9]+ document|BUILD' "$project/last.log" | sed "s/^/  [$title] /" >&2
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}'
}
uptime
echo "MAVEN_OPTS=${BENCH_MAVEN_OPTS-}"
"$repo/mvnw" -o -q -f "$project/pom.xml" -Ddocgen.skip=true package > /dev/null # warm the file cache and Maven's resolution
skipped=$(run "skip" -Ddocgen.skip=true package)
both=$(run "both goals" package)
alone=$(run "generate alone" -Ddocgen.outputDirectory="$project/target/alone" "$plugin:generate")
echo "skipped build: $skipped s; both goals: $both s; generate goal alone (its own build): $alone s"
awk -v d="$docs" -v b="$both" -v s="$skipped" 'BEGIN {printf "both goals over the skipped build: %d documents in %.2f s = %.0f documents/s\n", d, b - s, d / (b - s)}'
uptime
