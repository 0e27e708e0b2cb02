"""One markdown table from the lines HsRace (nabla's Sqp) and scipy_sqp.py (SLSQP, trust-constr) print.

Usage: constrained_report.py <file with their lines>
A problem counts as solved when |f - f*| <= 1e-6 max(1, |f*|) and the largest violation of a constraint or bound is
at most 1e-6 (HsProblem.solved in Java). Evaluations are calls of the objective; times are medians per solve.
"""
import statistics
import sys

from hs_problems import PROBLEMS

TOLERANCE = 1e-6
SOLVERS = [("nabla", "nabla Sqp"), ("nabla-exact", "nabla Sqp, exact Hessian"), ("slsqp", "SLSQP"),
           ("trust-constr", "trust-constr")]


def read(path):
    runs = {}
    for line in open(path):
        words = line.split()
        if len(words) == 9 and words[0] == "sqp":
            _, solver, name, f, violation, evaluations, iterations, micros, status = words
            runs[solver, name] = dict(f=float(f), violation=float(violation), evaluations=int(evaluations),
                                      iterations=int(iterations), micros=float(micros), status=status)
    return runs


def solved(run, fstar):
    return abs(run["f"] - fstar) <= TOLERANCE * max(1, abs(fstar)) and run["violation"] <= TOLERANCE


def time_text(micros):
    return "%.0f µs" % micros if micros < 1e4 else "%.1f ms" % (micros / 1e3)


def main():
    runs = read(sys.argv[1])
    header = ["problem", "n", "f*"]
    for _, label in SOLVERS:
        header += [label + " f", "violation", "solved", "evals", "time"]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
    done = {solver: [] for solver, _ in SOLVERS}
    for p in PROBLEMS:
        cells = [p.name, str(len(p.x0)), "%.9g" % p.fstar]
        for solver, _ in SOLVERS:
            run = runs.get((solver, p.name))
            if run is None:
                cells += ["—"] * 5
                continue
            ok = solved(run, p.fstar)
            done[solver].append((p.name, ok, run))
            cells += ["%.9g" % run["f"], "%.1e" % run["violation"], "yes" if ok else "no", str(run["evaluations"]),
                      time_text(run["micros"])]
        print("| " + " | ".join(cells) + " |")
    print()
    totals(done, len(PROBLEMS))


def totals(done, count):
    solved_by = {solver: {name for name, ok, _ in rows if ok} for solver, rows in done.items()}
    scipy = solved_by["slsqp"] | solved_by["trust-constr"]
    both = solved_by["nabla"] & solved_by["slsqp"]
    print("| %d problems | solved | of the %d scipy solves | Σ evaluations | Σ evaluations on the %d both Sqp and "
          "SLSQP solve | Σ time | median of time ÷ Sqp's |" % (count, len(scipy), len(both)))
    print("|---|---:|---:|---:|---:|---:|---:|")
    nabla = {name: run for name, _, run in done["nabla"]}
    for solver, label in SOLVERS:
        rows = done[solver]
        if not rows:
            continue
        mine = {name: run for name, _, run in rows}
        ratios = [mine[n]["micros"] / nabla[n]["micros"] for n in mine if n in nabla]
        print("| %s | %d | %d | %d | %d | %s | %s |" % (
            label, len(solved_by[solver]), len(solved_by[solver] & scipy),
            sum(r["evaluations"] for r in mine.values()), sum(mine[n]["evaluations"] for n in both),
            time_text(sum(r["micros"] for r in mine.values())),
            "%.2f×" % statistics.median(ratios) if ratios else "—"))
    if done["nabla"]:
        print()
        for solver, label in SOLVERS[:2]:
            missed = sorted(scipy - solved_by[solver], key=lambda n: int(n[2:]))
            print("Solved by SLSQP or trust-constr but not by %s: %s." % (label, ", ".join(missed) or "none"))


if __name__ == "__main__":
    main()
