#!/usr/bin/env bash
# The memory of a long loop's gradient, taped and checkpointed (issue 15): for 10^6, 10^7, 5·10^7 and 10^8 steps of
# LongLoop.pendulum, the least heap of a ladder (-Xmx) in which each schedule's gradient runs, and the heap it keeps
# after the call. Times come from JMH: LongLoopBench (checkpointed, -Xmx384m) and LongLoopTapedBench (taped, -Xmx14g).
#
#   benchmarks/long-loops.sh        # needs benchmarks/target/benchmarks.jar (mvn -B -pl benchmarks -am package)
set -euo pipefail
jar="$(cd "$(dirname "$0")" && pwd)/target/benchmarks.jar"
[[ -f "$jar" ]] || { echo "missing $jar: run mvn -B -pl benchmarks -am package" >&2; exit 1; }
for schedule in checkpointed taped; do
  for steps in 1000000 10000000 50000000 100000000; do
    line="$schedule $steps steps: runs in no heap up to 16g"
    for heap in 32m 64m 128m 256m 384m 512m 1g 2g 4g 8g 16g; do
      out="$(java -Xmx$heap -cp "$jar" dev.nabla.bench.LongLoopMemory "$schedule" "$steps")"
      if [[ "$out" == *"(ok"* ]]; then
        line="$out"
        break
      fi
    done
    echo "$line"
  done
done
