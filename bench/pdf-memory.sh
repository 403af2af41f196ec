#!/bin/sh
# Memory of a PDF batch (issue 14: "memory flat at -Xmx256m for 2,000 reports"), from the repository
# root, after `./mvnw -q install -DskipTests -Dinvoker.skip` and `(cd bench && ../mvnw -q package)`:
#   bench/pdf-memory.sh [files, default 2000] [project-dir]
# Writes a project of N data files of the built-in kind (BatchProject), has it make only the PDFs, and
# runs `mvn package` with a 256 MB heap and a GC log. Prints the heap in use after each collection in
# each tenth of the run (lowest and highest): flat means the tenths stay alike as the PDFs pile up.
set -eu
repo=$(pwd)
n=${1:-2000}
project=${2:-/tmp/docgen-pdf-memory-$n}
rm -rf "$project"
java -cp "$repo/bench/target/benchmarks.jar" io.github.docgen.bench.BatchProject "$project" "$n" > /dev/null
sed -i 's|<formats>html,docx</formats>|<formats>pdf</formats>|' "$project/pom.xml"
grep -q '<formats>pdf</formats>' "$project/pom.xml"
uptime
/usr/bin/time -f "wall %e s, max resident set %M KB" env MAVEN_OPTS="-Xmx256m -Xlog:gc:file=$project/gc.log" \
  "$repo/mvnw" -o -B -f "$project/pom.xml" package > "$project/build.log" 2>&1 || { tail -30 "$project/build.log"; exit 1; }
grep -E 'docgen: [0-9]+ document' "$project/build.log"
pdfs=$(find "$project/target/docgen" -name '*.pdf' | wc -l)
echo "$pdfs PDFs written"
# Lines such as "[12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 150M->40M(256M) 3.456ms"
awk '/Pause/ && /->/ {
  match($0, /\[[0-9.]+s\]/); t = substr($0, RSTART + 1, RLENGTH - 3) + 0
  match($0, /->[0-9]+M/); after = substr($0, RSTART + 2, RLENGTH - 3) + 0
  n++; ts[n] = t; as[n] = after
}
END {
  if (n == 0) { print "no collection logged"; exit 1 }
  first = ts[1]; last = ts[n]
  for (i = 1; i <= n; i++) { d = int(10 * (ts[i] - first) / (last - first + 1e-9)); if (d > 9) d = 9
    if (!(d in lo) || as[i] < lo[d]) lo[d] = as[i]; if (as[i] > hi[d]) hi[d] = as[i]; c[d]++ }
  printf "%d collections; heap in use after a collection, per tenth of the run (MB, lowest-highest):\n", n
  for (d = 0; d < 10; d++) if (d in lo) printf "  tenth %d: %d-%d (%d collections)\n", d + 1, lo[d], hi[d], c[d]
}' "$project/gc.log"
uptime
