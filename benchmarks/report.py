"""Turns one run of benchmarks/run.sh into one markdown table.

Usage: report.py <jmh.json> <extras.txt> <class dir or jar>...
extras.txt holds the lines printed by CompileCost, LbfgsRace and scipy_lbfgs.py.
"""
import json
import struct
import sys
import zipfile
from pathlib import Path

jmh_file, extras_file, *class_roots = sys.argv[1:]

score = {}   # (class, method, params) -> ns/op
alloc = {}   # (class, method, params) -> B/op
for r in json.load(open(jmh_file)):
    cls, method = r["benchmark"].split(".")[-2:]
    key = (cls, method, tuple(sorted((r.get("params") or {}).items())))
    score[key] = r["primaryMetric"]["score"]
    sec = r.get("secondaryMetrics") or {}
    if "gc.alloc.rate.norm" in sec:
        alloc[key] = sec["gc.alloc.rate.norm"]["score"]


def get(table, cls, method, **params):
    return table.get((cls, method, tuple(sorted((k, str(v)) for k, v in params.items()))))


def ns(v):
    if v is None:
        return "—"
    for unit, div in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if v >= div:
            return f"{v / div:.3g} {unit}"
    return f"{v:.3g} ns"


def ratio(a, b):
    return "—" if a is None or b is None else f"{a / b:.2f}×" if a / b < 100 else f"{a / b:,.0f}×"


def nbytes(v):
    return "—" if v is None else f"{v:,.0f}"


def check(ok):
    return "✅" if ok else "❌"


rows = []


def row(name, cls, gen="generated", fn="function", hand="handWritten", hip=("hipparchus", None), fd=("finiteDifferences", None),
        params=None, targets=()):
    p = params or {}
    f = get(score, cls, fn, **p)
    g = get(score, cls, gen, **p)
    h = get(score, cls, hand, **p) if hand else None
    hcls, hp = hip
    hipv = get(score, hp or cls, hcls, **p) if hcls else None
    fcls, fp = fd
    fdv = get(score, fp or cls, fcls, **p) if fcls else None
    ga = get(alloc, cls, gen, **p)
    ha = get(alloc, cls, hand, **p) if hand else None
    verdicts = []
    for t in targets:
        if t == "fn3" and f and g:
            verdicts.append(f"÷fn ≤ 3 {check(g / f <= 3)}")
        if t == "table" and h and g:
            verdicts.append(f"private ÷ package-private table = {ratio(g, h)}")
        if t == "hand" and h and g:
            verdicts.append(f"÷hand ≤ 1.25 {check(g / h <= 1.25)}")
        if t == "hip20" and hipv and g:
            verdicts.append(f"Hipparchus ≥ 20× {check(hipv / g >= 20)}")
        if t == "zero" and ga is not None:
            verdicts.append(f"0 B/op {check(ga < 1)}")
        other = get(score, cls, "otherMode", **p)
        if t == "mode" and other and g:
            verdicts.append(f"other mode ÷ gen = {ratio(other, g)} {check(other > g)}")
    rows.append([name, ns(f), ns(g), ratio(g, f), ratio(g, h), ratio(hipv, g), ratio(fdv, g), nbytes(ga), nbytes(ha),
                 "; ".join(verdicts)])


row("1 AD example f and f′: `adExampleGradient(x, g)`", "AdExampleBench", hand="handWrittenGradient", targets=("fn3", "hand", "zero"))
row("1 AD example f′(x): `adExampleDerivative(x)`", "AdExampleBench", gen="generatedDerivative", targets=("fn3", "hand"))
row("2 eq. 2.17 n = 50 gradient, n from `x.length`", "Eq217Bench", targets=("fn3", "hand", "hip20"))
row("2 eq. 2.17 n = 50 gradient, loop bound 50 in source", "Eq217Bench", gen="generatedFixed",
    targets=("fn3", "hand", "hip20", "zero"))
row("2′ 50-term ring, loop unrolled (fixed size)", "Ring50Bench", hip=(None, None), targets=("fn3", "hand", "zero"))
row("3 ext. Rosenbrock n = 1,000 gradient", "RosenbrockBench", params={"n": 1000},
    hip=("hipparchus", "RosenbrockBaselineBench"), fd=("finiteDifferences", "RosenbrockBaselineBench"),
    targets=("fn3", "hand"))
row("3 ext. Rosenbrock n = 100,000 gradient", "RosenbrockBench", params={"n": 100000}, hip=(None, None),
    fd=(None, None), targets=("fn3", "hand"))
row("4 ReLU net 16-32-1, batch 64, 577 weights", "MlpBench", targets=("fn3", "hand"))
row("5 Jacobian m = 400 ≫ n = 4", "TallJacobianBench", targets=("hand", "mode"))
row("5 Jacobian n = 400 ≫ m = 4", "WideJacobianBench", targets=("hand", "mode"))
row("6 Hessian n = 10 (eq. 2.17)", "HessianBench", targets=("hand",))
row("6 Hessian–vector n = 1,000 (Rosenbrock)", "HessianVectorBench", targets=("hand",))
row("7 private static final table (Lanczos sum, n = 50); hand: a package-private table", "PrivateTableBench",
    gen="privateTable", hand="packagePrivateTable", hip=(None, None), fd=(None, None), targets=("table", "zero"))
row("8 instance method: logistic model's `loss(θ)`, private fields, batch 64, 16 weights", "LogisticModelBench",
    hip=(None, None), fd=(None, None), targets=("fn3", "hand", "zero"))
row("9 record point: `alignment(Pose, …)`, 100 landmarks", "AlignmentBench", hip=(None, None), fd=(None, None),
    targets=("fn3", "hand", "zero"))
row("9′ the same, the pose as three `double`s: `alignmentScalars(x, y, θ, …)`", "AlignmentBench", gen="generatedScalars",
    hip=(None, None), fd=(None, None), targets=("fn3", "zero"))
row("10 record point: `circleFit(Circle, …)`, 100 points", "CircleFitBench", hip=(None, None), fd=(None, None),
    targets=("fn3", "hand", "zero"))

# The params of RosenbrockBaselineBench are n=1000, which get() above handles through params.

# Linear growth of workload 3.
g1, g2 = get(score, "RosenbrockBench", "generated", n=1000), get(score, "RosenbrockBench", "generated", n=100000)
f1, f2 = get(score, "RosenbrockBench", "function", n=1000), get(score, "RosenbrockBench", "function", n=100000)
h1, h2 = get(score, "RosenbrockBench", "handWritten", n=1000), get(score, "RosenbrockBench", "handWritten", n=100000)
if g1 and g2:
    rows.append(["3 growth n = 1,000 → 100,000 (×100)", ratio(f2, f1), ratio(g2, g1), "", ratio(h2, h1), "", "", "", "",
                 f"linear: ≈ 100× {check(g2 / g1 <= 150)}"])

extras = {}
for line in open(extras_file):
    parts = line.split()
    if len(parts) >= 2 and parts[0] in ("compile", "lbfgs"):
        extras[(parts[0], parts[1])] = parts[2:]

for case, label in (("sample-app", "sample app"), ("unrolled-50", "one method, 50-iteration loop unrolled")):
    e = extras.get(("compile", case))
    if e:
        methods, without, with_ = int(e[0]), float(e[1]), float(e[2])
        rows.append([f"compile: {label} ({methods} methods)", f"javac {without:.0f} ms", f"+nabla {with_:.0f} ms",
                     ratio(with_, without), "", "", "", "", "",
                     f"processor adds {with_ - without:.0f} ms ({(with_ - without) / methods:.1f} ms/method)"])


def code_lengths(data):
    """(method name, code length) of every method of one class file."""
    pos = 10
    count = struct.unpack(">H", data[8:10])[0]
    utf8 = {}
    i = 1
    while i < count:
        tag = data[pos]
        if tag == 1:
            n = struct.unpack(">H", data[pos + 1:pos + 3])[0]
            utf8[i] = data[pos + 3:pos + 3 + n].decode("utf-8", "replace")
            pos += 3 + n
        elif tag in (3, 4, 9, 10, 11, 12, 17, 18):
            pos += 5
        elif tag in (5, 6):
            pos += 9
            i += 1
        elif tag in (7, 8, 16, 19, 20):
            pos += 3
        elif tag == 15:
            pos += 4
        else:
            raise ValueError(f"constant pool tag {tag}")
        i += 1
    pos += 6
    interfaces = struct.unpack(">H", data[pos:pos + 2])[0]
    pos += 2 + 2 * interfaces
    for _ in range(2):  # fields, then methods
        members = struct.unpack(">H", data[pos:pos + 2])[0]
        pos += 2
        for _ in range(members):
            name = utf8[struct.unpack(">H", data[pos + 2:pos + 4])[0]]
            attrs = struct.unpack(">H", data[pos + 6:pos + 8])[0]
            pos += 8
            for _ in range(attrs):
                aname = utf8[struct.unpack(">H", data[pos:pos + 2])[0]]
                alen = struct.unpack(">I", data[pos + 2:pos + 6])[0]
                if aname == "Code":
                    yield name, struct.unpack(">I", data[pos + 10:pos + 14])[0]
                pos += 6 + alen


largest = (0, "")
for root in class_roots:
    path = Path(root)
    if path.is_dir():
        files = [(str(p), p.read_bytes()) for p in path.rglob("*Derivatives*.class")]
    elif path.is_file():
        with zipfile.ZipFile(path) as z:
            files = [(n, z.read(n)) for n in z.namelist() if "Derivatives" in n and n.endswith(".class")]
    else:
        continue
    for fname, data in files:
        for name, length in code_lengths(data):
            largest = max(largest, (length, f"{Path(fname).stem}.{name}"))
if largest[0]:
    rows.append(["largest generated method", "", f"{largest[0]:,} B", "", "", "", "", "", "",
                 f"`{largest[1]}` ≤ 8,000 B {check(largest[0] <= 8000)}"])

n, s = extras.get(("lbfgs", "nabla")), extras.get(("lbfgs", "scipy"))
if n and s:
    rows.append(["L-BFGS-B eq. 2.17, n = 50, time to solution", f"scipy {float(s[0]):,.0f} µs",
                 f"nabla {float(n[0]):,.0f} µs", "", "", "", "", "", "",
                 f"scipy ÷ nabla = {float(s[0]) / float(n[0]):.1f}×; f* {float(n[1]):.6f} vs {float(s[1]):.6f}, "
                 f"iterations {n[2]} vs {s[2]}"])

header = ["workload", "function", "generated", "gen ÷ function", "gen ÷ hand-written", "Hipparchus ÷ gen",
          "finite diff. ÷ gen", "gen B/op", "hand B/op", "targets"]
print("| " + " | ".join(header) + " |")
print("|" + "|".join(["---"] + ["---:"] * 8 + ["---"]) + "|")
for r in rows:
    print("| " + " | ".join(r) + " |")
