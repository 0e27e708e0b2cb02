#!/usr/bin/python3
"""High-precision references for PrimitiveEdgesTest: first and second derivatives of each primitive at its edges.

Each function's derivatives are written here from their mathematical definition (not from nabla's rules) and
evaluated with mpmath in 60-digit arithmetic at the exact double of each point, then rounded once to double, so that
a reference owes nothing to cancellation, overflow or underflow in double arithmetic. The points are the edges where a
rule written naively loses digits: ±1 for asin and acos, −1 for log1p, large arguments of tanh, sinh, cosh, exp and
expm1, tiny and huge magnitudes of atan2, hypot, division and atan. The conventions where mathematics leaves a choice
(pow at a zero base, abs at 0, max and min at ties) are rows of their own, from the documented convention; PyTorch's
values there are in the comments.

Run:    /usr/bin/python3 processor/src/test/resources/edges/edges.py
It prints one Java row per point, pasted into PrimitiveEdgesTest.ROWS (mvn does not run this script).
"""

from mpmath import mp, mpf

mp.dps = 60


def java(v):
    """A double literal of Java for the mpf v, rounded once to nearest."""
    if mp.isnan(v):
        return "Double.NaN"
    if mp.isinf(v) or abs(v) > mpf(2) ** 1024 * (1 - mpf(2) ** -54):
        return "Double.POSITIVE_INFINITY" if v > 0 else "Double.NEGATIVE_INFINITY"
    f = float(v)
    return repr(f) if f != 0 else ("0.0" if v >= 0 else "-0.0")


def unary(d1, d2):
    return lambda x: ([d1(x)], [[d2(x)]])


def real_cbrt(x):
    return mp.sign(x) * mp.cbrt(abs(x))


def sigmoid(x):
    return 1 / (1 + mp.exp(-x))


def quantile(p):
    """Φ⁻¹(p), by erfinv at this precision (p is far enough from 0 and 1 for 60 digits to keep 40)."""
    return mp.sqrt(2) * mp.erfinv(2 * p - 1)


def sech2(x):
    return 1 / mp.cosh(x) ** 2


UNARY = {
    "exp": unary(mp.exp, mp.exp),
    "expm1": unary(mp.exp, mp.exp),
    "tanh": unary(sech2, lambda x: -2 * mp.tanh(x) * sech2(x)),
    "sinh": unary(mp.cosh, mp.sinh),
    "cosh": unary(mp.sinh, mp.cosh),
    "asin": unary(lambda x: 1 / mp.sqrt(1 - x * x), lambda x: x / (1 - x * x) ** mpf(1.5)),
    "acos": unary(lambda x: -1 / mp.sqrt(1 - x * x), lambda x: -x / (1 - x * x) ** mpf(1.5)),
    "atan": unary(lambda x: 1 / (1 + x * x), lambda x: -2 * x / (1 + x * x) ** 2),
    "log": unary(lambda x: 1 / x, lambda x: -1 / x ** 2),
    "log1p": unary(lambda x: 1 / (1 + x), lambda x: -1 / (1 + x) ** 2),
    "sqrt": unary(lambda x: 1 / (2 * mp.sqrt(x)), lambda x: -1 / (4 * x * mp.sqrt(x))),
    "cbrt": unary(lambda x: 1 / (3 * real_cbrt(x) ** 2), lambda x: -2 / (9 * real_cbrt(x) ** 5)),
    "sin": unary(mp.cos, lambda x: -mp.sin(x)),
    "cos": unary(lambda x: -mp.sin(x), lambda x: -mp.cos(x)),
    "tan": unary(lambda x: 1 / mp.cos(x) ** 2, lambda x: 2 * mp.tan(x) / mp.cos(x) ** 2),
    "erf": unary(lambda x: 2 / mp.sqrt(mp.pi) * mp.exp(-x * x), lambda x: -4 * x / mp.sqrt(mp.pi) * mp.exp(-x * x)),
    "erfc": unary(lambda x: -2 / mp.sqrt(mp.pi) * mp.exp(-x * x), lambda x: 4 * x / mp.sqrt(mp.pi) * mp.exp(-x * x)),
    "normalCdf": unary(mp.npdf, lambda x: -x * mp.npdf(x)),
    "normalPdf": unary(lambda x: -x * mp.npdf(x), lambda x: (x * x - 1) * mp.npdf(x)),
    "normalQuantile": unary(lambda p: 1 / mp.npdf(quantile(p)), lambda p: quantile(p) / mp.npdf(quantile(p)) ** 2),
    "logistic": unary(lambda x: sigmoid(x) * sigmoid(-x), lambda x: sigmoid(x) * sigmoid(-x) * (1 - 2 * sigmoid(x))),
    "softplus": unary(sigmoid, lambda x: sigmoid(x) * sigmoid(-x)),
    "powCube": unary(lambda x: 3 * x * x, lambda x: 6 * x),
    "tanhSteep": unary(lambda x: 5000 * sech2(5000 * x), lambda x: -2 * 5000 ** 2 * mp.tanh(5000 * x) * sech2(5000 * x)),
    "powInverseSquare": unary(lambda x: -2 / x ** 3, lambda x: 6 / x ** 4),
}


def atan2(y, x):
    r2 = x * x + y * y
    return [x / r2, -y / r2], [[-2 * x * y / r2 ** 2, (y * y - x * x) / r2 ** 2],
                               [(y * y - x * x) / r2 ** 2, 2 * x * y / r2 ** 2]]


def hypot(x, y):
    h = mp.sqrt(x * x + y * y)
    return [x / h, y / h], [[y * y / h ** 3, -x * y / h ** 3], [-x * y / h ** 3, x * x / h ** 3]]


def div(x, y):
    return [1 / y, -x / y ** 2], [[0, -1 / y ** 2], [-1 / y ** 2, 2 * x / y ** 3]]


def pow_(x, e):
    """x^e for x > 0, or a negative x with an integral e (only ∂/∂x and ∂²/∂x² real, the rest NaN)."""
    y = mp.power(x, e)
    dxx = e * (e - 1) * mp.power(x, e - 2)
    if x < 0:
        return [e * mp.power(x, e - 1), mp.nan], [[dxx, mp.nan], [mp.nan, mp.nan]]
    lx = mp.log(x)
    mixed = mp.power(x, e - 1) * (1 + e * lx)
    return [e * mp.power(x, e - 1), y * lx], [[dxx, mixed], [mixed, y * lx * lx]]


def pow_at_zero(x, e):
    """The convention at a zero base, e ≥ 0 (README): ∂/∂x = e·0^(e−1) (0 at e = 0), ∂/∂e = 0 as in PyTorch
    and JAX; ∂²/∂x² = e(e−1)·0^(e−2) (0 where e(e−1) = 0), ∂²/∂x∂e = 0^(e−1) (0 at e = 0), ∂²/∂e² = 0.
    PyTorch 1.13: grad (0, 0) → [0, 0], (0, 1) → [1, 0], (0, 2) → [0, 0]; its Hessian at (0, 1) is [[0, 1], [nan,
    nan]] and at (0, 0) all nan."""
    def zero_power(k):
        return mpf(1) if k == 0 else mpf(0)
    dx = 0 if e == 0 else e * zero_power(e - 1)
    dxx = 0 if e * (e - 1) == 0 else e * (e - 1) * zero_power(e - 2)
    mixed = 0 if e == 0 else zero_power(e - 1)
    return [dx, mpf(0)], [[dxx, mixed], [mixed, mpf(0)]]


def origin(x, y):
    """hypot and atan2 at (0, 0): 0/0, NaN, as PyTorch 1.13 gives (hypot → [nan, nan], atan2 → [nan, nan])."""
    return [mp.nan, mp.nan], [[mp.nan, mp.nan], [mp.nan, mp.nan]]


def abs_at_zero(x):
    """abs'(0) = 0 (PyTorch, JAX: sign(0) = 0), abs''(0) = 0."""
    return [mpf(0)], [[mpf(0)]]


def tie(x, y):
    """max and min at x = y split the derivative evenly (PyTorch 1.13: maximum(1, 1) → [0.5, 0.5])."""
    return [mpf(0.5), mpf(0.5)], [[mpf(0), mpf(0)], [mpf(0), mpf(0)]]


BINARY = {"atan2": atan2, "hypot": hypot, "div": div, "pow": pow_}

POINTS = [
    ("expm1", [-30.0]), ("expm1", [-40.0]), ("expm1", [-1e-10]), ("expm1", [1e-300]), ("expm1", [700.0]),
    ("exp", [-745.0]), ("exp", [700.0]),
    ("tanh", [0.0]), ("tanh", [10.0]), ("tanh", [20.0]), ("tanh", [-40.0]), ("tanh", [300.0]), ("tanh", [1e-300]),
    ("tanh", [360.0]), ("tanh", [-720.0]), ("tanh", [800.0]), ("tanhSteep", [0.1418]), ("tanhSteep", [0.004]),
    ("sinh", [700.0]), ("sinh", [-700.0]), ("sinh", [1e-300]), ("cosh", [700.0]), ("cosh", [-1e-300]),
    ("asin", [1 - 2.0 ** -30]), ("asin", [-1 + 2.0 ** -40]), ("asin", [0.0]), ("asin", [0.5]),
    ("acos", [1 - 2.0 ** -30]), ("acos", [-1 + 2.0 ** -40]), ("acos", [1e-300]),
    ("atan", [0.0]), ("atan", [1e150]), ("atan", [-1e-300]), ("atan", [1e100]), ("atan", [-3e77]),
    ("log", [1e-300]), ("log", [1e300]), ("log", [4.9e-324]),
    ("log1p", [-1 + 2.0 ** -40]), ("log1p", [1e-300]), ("log1p", [1e300]),
    ("sqrt", [4.9e-324]), ("sqrt", [1e300]),
    ("cbrt", [1e-300]), ("cbrt", [-1e300]), ("cbrt", [-8.0]),
    ("sin", [1e22]), ("sin", [1e-300]), ("cos", [1e22]), ("tan", [1.5707963267948966]),
    ("erf", [5.0]), ("erf", [20.0]), ("erf", [-1e-300]), ("erfc", [-5.0]), ("erfc", [26.0]),
    ("normalCdf", [-37.0]), ("normalCdf", [8.0]), ("normalPdf", [38.0]), ("normalPdf", [-1e-300]),
    ("normalQuantile", [1e-10]), ("normalQuantile", [0.975]), ("normalQuantile", [0.5]),
    ("logistic", [-700.0]), ("logistic", [40.0]), ("logistic", [700.0]), ("softplus", [-700.0]), ("softplus", [745.0]),
    ("powCube", [-2.0]), ("powCube", [-1e100]), ("powInverseSquare", [-1e-100]), ("powInverseSquare", [-3.0]),
    ("atan2", [1e-200, 1e-200]), ("atan2", [1e160, 1e160]), ("atan2", [1e-200, 1.0]), ("atan2", [1.0, 1e-200]),
    ("atan2", [3.0, -4.0]), ("atan2", [-1e300, 1e-300]),
    ("hypot", [1e-200, 1e-200]), ("hypot", [1e300, 1e300]), ("hypot", [3.0, 4.0]), ("hypot", [0.0, 5.0]),
    ("div", [1e-100, 1e-200]), ("div", [1e200, 1e-100]), ("div", [3.0, -7.0]),
    ("pow", [2.0, 0.0]), ("pow", [3.0, 2.5]), ("pow", [1e-3, 0.0]), ("pow", [1e300, 0.5]), ("pow", [0.5, -3.0]),
    ("pow", [-2.0, 3.0]), ("pow", [1e-200, 2.0]),
]

CONVENTIONS = [
    ("pow", [0.0, 0.0], pow_at_zero), ("pow", [0.0, 1.0], pow_at_zero), ("pow", [0.0, 2.0], pow_at_zero),
    ("pow", [0.0, 3.0], pow_at_zero), ("pow", [0.0, 2.5], pow_at_zero),
    ("hypot", [0.0, 0.0], origin), ("atan2", [0.0, 0.0], origin), ("abs", [0.0], abs_at_zero),
    ("max", [1.0, 1.0], tie), ("min", [-2.0, -2.0], tie),
]


def row(name, point, derivatives):
    """A row of Java, wrapped before column 120: name, point, gradient and Hessian (rows of p(...))."""
    g, h = derivatives(*[mpf(p) for p in point])
    rows = ["p(" + ", ".join(java(v) for v in r) + ")" for r in h]
    rows[0] = "m(" + rows[0]
    rows[-1] += "))"
    parts = [f'row("{name}"', "p(" + ", ".join(java(mpf(p)) for p in point) + ")",
             "p(" + ", ".join(java(v) for v in g) + ")"] + rows
    lines, line = [], "      " + parts[0]
    for part in parts[1:]:
        if len(line) + 2 + len(part) + 1 > 120:
            lines.append(line + ",")
            line = "          " + part
        else:
            line += ", " + part
    lines.append(line + ",")
    return "\n".join(lines)


for name, point in POINTS:
    print(row(name, point, UNARY.get(name) or BINARY[name]))
for name, point, convention in CONVENTIONS:
    print(row(name, point, convention))
