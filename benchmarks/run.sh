#!/usr/bin/env bash
# Runs every nabla benchmark once and prints one markdown table of ratios, all from this one run.
#
#   benchmarks/run.sh quick   # a few minutes: 1 fork, 2×1 s warm-up, 3×1 s measurement
#   benchmarks/run.sh full    # proper settings: 3 forks, 5×2 s warm-up, 10×2 s measurement
#
# Needs benchmarks/target/benchmarks.jar (mvn -B -pl benchmarks -am package) and /usr/bin/python3 with scipy
# (Debian: apt-get install -y python3-scipy) for the L-BFGS-B comparison. Extra JMH options go after the mode.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
mode="${1:-quick}"
shift || true
jar="$here/target/benchmarks.jar"
python=/usr/bin/python3
[[ -f "$jar" ]] || { echo "missing $jar: run mvn -B -pl benchmarks -am package" >&2; exit 1; }

case "$mode" in
  quick) jmh_opts=(-f 1 -wi 2 -w 1s -i 3 -r 1s); compile_reps=9; race=(5 21) ;;
  full) jmh_opts=(-f 3 -wi 5 -w 2s -i 10 -r 2s); compile_reps=21; race=(15 101) ;;
  *) echo "usage: $0 quick|full [JMH options]" >&2; exit 2 ;;
esac

out="$here/target/run-$mode"
mkdir -p "$out"
echo "# JMH ($mode), allocation profiler on; log in $out/jmh.log" >&2
# the long loops' benchmarks (seconds per call, gigabytes of heap taped) run apart: see long-loops.sh
java -jar "$jar" "${jmh_opts[@]}" -prof gc -rf json -rff "$out/jmh.json" "$@" 'dev\.nabla\.bench\.(?!LongLoop).*Bench' \
  > "$out/jmh.log" 2>&1 || { tail -40 "$out/jmh.log" >&2; exit 1; }

echo "# compile cost (javac in process, with and without the processor, median of $compile_reps)" >&2
java -cp "$jar" dev.nabla.bench.CompileCost "$compile_reps" "$root/sample-app/src/main/java" > "$out/extras.txt"
echo "# L-BFGS-B race: nabla vs scipy" >&2
java -cp "$jar" dev.nabla.bench.LbfgsRace "${race[@]}" >> "$out/extras.txt"
if "$python" -c 'import scipy' 2>/dev/null; then
  "$python" "$here/scipy_lbfgs.py" "${race[@]}" >> "$out/extras.txt"
else
  echo "scipy missing: apt-get install -y python3-scipy (L-BFGS-B row skipped)" >&2
fi

{
  echo "Measured $(date -u +%Y-%m-%d) with \`run.sh $mode\` on $(nproc) cores,"\
    "$(lscpu | sed -n 's/^Model name: *//p' | head -1), $(java -version 2>&1 | head -1)."
  echo
  "$python" "$here/report.py" "$out/jmh.json" "$out/extras.txt" "$here/target/classes" "$root/sample-app/target/classes"
} | tee "$out/table.md"
