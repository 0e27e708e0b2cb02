#!/usr/bin/env bash
# nabla's Sqp against scipy's SLSQP and trust-constr on the Hock–Schittkowski set (hs_problems.py, HsSet), each from
# the published x0 with default options, and one markdown table of the three, all from this one run.
#
#   benchmarks/constrained.sh quick   # a few minutes: 0.2 s warm-up per problem and solver, median of 5
#   benchmarks/constrained.sh full    # 1 s warm-up, median of 21
#
# Needs benchmarks/target/benchmarks.jar (mvn -B -pl benchmarks -am package) and /usr/bin/python3 with scipy and
# sympy (Debian: apt-get install -y python3-scipy python3-sympy).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mode="${1:-quick}"
jar="$here/target/benchmarks.jar"
python=/usr/bin/python3
[[ -f "$jar" ]] || { echo "missing $jar: run mvn -B -pl benchmarks -am package" >&2; exit 1; }

case "$mode" in
  quick) race=(0.2 5) ;;
  full) race=(1 21) ;;
  *) echo "usage: $0 quick|full" >&2; exit 2 ;;
esac

out="$here/target/constrained-$mode"
mkdir -p "$out"
echo "# nabla Sqp (HsRace)" >&2
java -cp "$jar" dev.nabla.bench.HsRace "${race[@]}" > "$out/runs.txt"
echo "# scipy SLSQP and trust-constr (scipy_sqp.py)" >&2
(cd "$here" && "$python" scipy_sqp.py run "${race[@]}") >> "$out/runs.txt"

{
  echo "Measured $(date -u +%Y-%m-%d) with \`constrained.sh $mode\` on $(nproc) cores,"\
    "$(lscpu | sed -n 's/^Model name: *//p' | head -1), $(java -version 2>&1 | head -1),"\
    "scipy $("$python" -c 'import scipy; print(scipy.__version__)')."
  echo
  (cd "$here" && "$python" constrained_report.py "$out/runs.txt")
} | tee "$out/table.md"
