#!/usr/bin/python3
"""High-precision references for DfpArithmeticTest and RefereeTest: mpmath in 80-digit arithmetic.

1. The special functions the fuzzer's high-precision oracle computes by its own formulas (DfpFunctions), with their
   first and second derivatives by mpmath's numerical differentiation (mp.diff, not the formulas of DfpFunctions), at
   points where a formula written naively loses digits (erfc far in its tail, ln Gamma near its pole at 0).
2. The recurrence x <- cos(3x + y), 40 steps, from (x, y) = (0.4, 0.3): value, gradient and Hessian. It amplifies
   rounding by about 1e8, so Java's double value is off by about 1e-8 while 40 digits still give 33.

Run:    /usr/bin/python3 processor/src/test/resources/fuzz/highprecision.py
It prints Java rows, pasted into DfpArithmeticTest.SPECIAL and RefereeTest.RECURRENCE (mvn does not run this script).
"""

from mpmath import mp, mpf, erf, erfc, exp, log, log1p, loggamma, sqrt, pi, cos, findroot, diff, nstr

mp.dps = 80


def normal_cdf(x):
    return erfc(-x / sqrt(2)) / 2


def s(v):
    return '"' + nstr(v, 36, min_fixed=1, max_fixed=0) + '"'


FUNCTIONS = [
    ("ERF", erf, [0.3, -1.7]),
    ("ERFC", erfc, [5.5, -0.8]),
    ("NORMAL_CDF", normal_cdf, [-7.0, 1.2]),
    ("NORMAL_PDF", lambda x: exp(-x * x / 2) / sqrt(2 * pi), [1.3]),
    ("NORMAL_QUANTILE", lambda p: findroot(lambda q: normal_cdf(q) - p, 1), [0.93, 0.06]),
    ("LOG_GAMMA", loggamma, [0.1, 3.7, 57.5]),
    ("LOGISTIC", lambda x: 1 / (1 + exp(-x)), [2.5]),
    ("SOFTPLUS", lambda x: log1p(exp(x)), [-3.0]),
]
for name, f, points in FUNCTIONS:
    for x in points:
        row = [f(mpf(x)), diff(f, mpf(x), 1), diff(f, mpf(x), 2)]
        print("row(%s, %r, %s)," % (name, x, ", ".join(s(v) for v in row)))


def recurrence(x, y):
    for _ in range(40):
        x = cos(3 * x + y)
    return x


x, y = mpf(0.4), mpf(0.3)
print("value", s(recurrence(x, y)))
print("gradient", s(diff(recurrence, (x, y), (1, 0))), s(diff(recurrence, (x, y), (0, 1))))
print("hessian", s(diff(recurrence, (x, y), (2, 0))), s(diff(recurrence, (x, y), (1, 1))),
      s(diff(recurrence, (x, y), (0, 2))))
