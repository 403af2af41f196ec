#!/bin/sh
# The benchmark, one command, from the repository root:   bench/run.sh [JMH options]
# Builds and installs the plugin, builds bench/target/benchmarks.jar, prints the size of each
# engine's document, then runs every JMH benchmark (one thread, with the allocation profiler).
# Extra arguments go to JMH, e.g. `bench/run.sh 'DocxBenchmark' -f 1 -i 3`.
set -eu
./mvnw -q install -DskipTests -Dinvoker.skip
(cd bench && ../mvnw -q package)
uptime
java -cp bench/target/benchmarks.jar io.github.docgen.bench.Sizes
java -jar bench/target/benchmarks.jar -prof gc "$@"
uptime
