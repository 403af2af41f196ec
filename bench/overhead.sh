#!/bin/sh
# Build overhead of the plugin on a project with one report (docx + HTML), with hyperfine:
#   bench/overhead.sh [project-dir]     (run from the repository root, after `./mvnw -q install -DskipTests -Dinvoker.skip`
#                                        and `(cd bench && ../mvnw -q package)`)
# Compares `mvn package` with -Ddocgen.skip=true against the plugin with nothing changed (the
# incremental build renders nothing) and with the data file changed before every run.
set -eu
repo=$(pwd)
project=${1:-/tmp/docgen-one}
kind=${DOCGEN_BENCH_KIND:-$repo/templates/gov-info-annual-2021}
rm -rf "$project"
java -Ddocgen.bench.kind="$kind" -cp "$repo/bench/target/benchmarks.jar" io.github.docgen.bench.BatchProject "$project" 1
mvn="$repo/mvnw -o -q -f $project/pom.xml package"
data="$project/src/docgen/000/town-00000.yaml"
$mvn
# one --prepare per command, in the order of the commands
hyperfine --warmup 2 --runs ${RUNS:-10} --export-markdown "$project/overhead.md" \
  --prepare true --prepare true --prepare "echo '# run' \$(date +%s%N) >> $data" \
  -n 'docgen.skip=true' "$mvn -Ddocgen.skip=true" \
  -n 'plugin, nothing changed' "$mvn" \
  -n 'plugin, data changed' "$mvn"
cat "$project/overhead.md"
