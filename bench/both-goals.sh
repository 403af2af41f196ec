#!/bin/sh
# What binding both goals costs a build (issue 12's targets), from the repository root, after
# `./mvnw -q install -DskipTests -Dinvoker.skip` and `(cd bench && ../mvnw -q package)`:
#   bench/both-goals.sh [files] [project-dir] [rounds]
# Writes a project of N data files of the built-in kind (BatchProject; 2 documents each) and runs,
# with Maven's default JVM options (issue 12's targets; BENCH_MAVEN_OPTS="-Xmx256m" for a 256 MB heap),
# in each of [rounds] rounds (default 1), each build writing into a folder of its own:
#   1. mvn package -Ddocgen.skip=true          the build without the plugin's work
#   2. mvn package                              check goal, then generate goal (reuses the checks)
#   3. mvn docgen:generate                      the generate goal alone
# and prints each round's documents per second of 2 over 1 (documents / (time 2 - time 1)) and
# of 3 over 1, the generate goal's own documents/s lines, and with several rounds the medians.
# Nothing is deleted between builds: on this VM's ext4, creating files right after thousands were
# deleted costs seconds of system time. A project folder on tmpfs (/dev/shm/...) measures the plugin
# alone; every round's documents stay there until the next run of the script.
set -eu
repo=$(pwd)
n=${1:-2000}
project=${2:-/tmp/docgen-both-$n}
rounds=${3:-1}
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
over() { awk -v d="$docs" -v b="$1" -v s="$2" 'BEGIN {printf "%.0f", d / (b - s)}'; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
all_skipped=""; all_both=""; all_alone=""
for round in $(seq "$rounds"); do
  skipped=$(run "skip" -Ddocgen.skip=true package)
  both=$(run "both goals" -Ddocgen.outputDirectory="$project/target/both-$round" package)
  alone=$(run "generate alone" -Ddocgen.outputDirectory="$project/target/alone-$round" "$plugin:generate")
  echo "round $round: skipped build $skipped s; both goals $both s ($(over "$both" "$skipped") documents/s over the skipped build); generate goal alone $alone s ($(over "$alone" "$skipped") documents/s over it)"
  all_skipped="$all_skipped $skipped"; all_both="$all_both $both"; all_alone="$all_alone $alone"
done
skipped=$(echo "$all_skipped" | median); both=$(echo "$all_both" | median); alone=$(echo "$all_alone" | median)
echo "medians of $rounds round(s): skipped build $skipped s; both goals $both s; generate goal alone $alone s"
echo "both goals over the skipped build: $docs documents in $(awk -v b="$both" -v s="$skipped" 'BEGIN {printf "%.2f", b - s}') s = $(over "$both" "$skipped") documents/s; generate goal alone: $(over "$alone" "$skipped") documents/s"
uptime
