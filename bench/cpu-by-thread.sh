#!/bin/bash
# Where one Maven build's CPU goes, by thread, from the repository root:
#   bench/cpu-by-thread.sh project-dir [Maven arguments...]     (default argument: package)
# Runs one build of the project (its target folder deleted first) with Maven's default JVM options
# (BENCH_MAVEN_OPTS for others) and reads every thread's user and system time from
# /proc/<pid>/task/*/stat every 50 ms (one cat per reading); prints the CPU seconds of each group of threads: the plugin's
# workers (docgen-render-N), Maven's main thread (which runs the goals' set-up, reports and attach),
# the JIT compilers (C2, the optimising one, and C1), the garbage collector, and the rest, beside
# the build's wall time and the process's CPU time. A thread that ends between two reads loses at
# most its last 50 ms; the process's total (from the kernel, at exit) shows what was missed.
set -eu
project=$1; shift
[ $# -gt 0 ] || set -- package
repo=$(pwd)
rm -rf "$project/target"
samples=$(mktemp)
start=$(date +%s.%N)
MAVEN_OPTS="${BENCH_MAVEN_OPTS-}" /usr/bin/time -o "$samples.time" -f "%U %S" \
  "$repo/mvnw" -o -B -q -f "$project/pom.xml" "$@" > "$project.cpu-by-thread.log" 2>&1 &
build=$!
pid=""
while kill -0 "$build" 2>/dev/null; do
  [ -n "$pid" ] || pid=$(pgrep -n -f "classworlds.launcher.Launcher.*$project" || true)
  if [ -n "$pid" ]; then
    cat /proc/"$pid"/task/*/stat >> "$samples" 2>/dev/null || true # one process per reading: reading costs little CPU
  fi
  sleep 0.05
done
wait "$build" || { echo "the build failed: $project.cpu-by-thread.log" >&2; exit 1; }
end=$(date +%s.%N)
ticks=$(getconf CLK_TCK)
# The last reading of each thread, summed per group. A line is "tid (name) state ppid …": the name
# may hold spaces, so the fields are counted after its closing parenthesis (utime, stime: 12th, 13th).
awk -v hz="$ticks" '
  {
    close_at = length($0); while (close_at > 0 && substr($0, close_at, 1) != ")") close_at--
    open_at = index($0, "(")
    tid = substr($0, 1, open_at - 2); name[tid] = substr($0, open_at + 1, close_at - open_at - 1)
    split(substr($0, close_at + 2), f, " "); user[tid] = f[12]; sys[tid] = f[13]
  }
  END {
    for (t in name) {
      n = name[t]
      g = n ~ /^docgen-render-[0-9]/ ? "plugin workers (docgen-render-N)" \
        : n == "java" ? "Maven main thread" \
        : n ~ /^C2 Compiler/ ? "JIT: C2 compiler" \
        : n ~ /^C1 Compiler/ ? "JIT: C1 compiler" \
        : n ~ /^(GC Thread|G1 |VM Thread)/ ? "garbage collector and VM thread" : "other threads"
      u[g] += user[t] / hz; s[g] += sys[t] / hz
    }
    for (g in u) printf "%-34s %6.2f s user %5.2f s system\n", g, u[g], s[g]
  }' "$samples" | sort -k1,1
awk -v s="$start" -v e="$end" 'BEGIN {printf "wall time %.2f s; ", e - s}'
awk '{printf "process CPU %.2f s user %.2f s system\n", $1, $2}' "$samples.time"
rm -f "$samples" "$samples.time"
