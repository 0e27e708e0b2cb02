"""Hock-Schittkowski problems with constraints, as data, for scipy_sqp.py.

Transcribed from K. Schittkowski's Fortran test collection PROB.FOR (version of October 2011, "An Updated Set of 306
Test Problems for Nonlinear Programming with Validated Optimal Solutions", University of Bayreuth; the problems of
W. Hock, K. Schittkowski, "Test Examples for Nonlinear Programming Codes", Lecture Notes in Economics and Mathematical
Systems 187, Springer, 1981), as published in github.com/jacobwilliams/schittkowski-test-problems, src/PROB.f90:
objective (MODE 2), constraints (MODE 4), x0, bounds, FEX (fstar) and XEX (xstar) of subroutine TPn. As there,
c(x) lists the inequalities first (c_i(x) >= 0 for i < ineq) and then the equalities (c_i(x) = 0). Where the 2011
version differs from the 1981 book (hs15 and hs27 scaled by 1/100, hs21's x0 moved into the bounds, hs54) it is
followed. Left out: hs8 (constant objective), hs13 (no constraint qualification at x*), hs58 (its published x*
violates x1^2 >= x2 by 2e-6, and f at the feasible optimum differs from FEX by 1.1e-6 relative), hs67-hs70 (implicit or
special functions) and the problems without constraints. Two guards of the Fortran are left out: hs55's clip of x1*x4
at 10 (never active within the bounds) and hs62's fallback value where a logarithm's argument is negative (there f is
NaN here, in Python as in Java).

The functions take the point x and a math namespace m (sympy for the exact derivatives, see scipy_sqp.py); the same
bodies are in dev.nabla.bench.hs (Java), which HsDefinitionsTest checks against this file's values.
"""
from dataclasses import dataclass
import math
from typing import Callable, Optional, Sequence

INF = math.inf


@dataclass
class Problem:
    number: int
    x0: Sequence[float]
    fstar: float
    f: Callable
    c: Callable
    ineq: int = 0
    lower: Optional[Sequence[float]] = None
    upper: Optional[Sequence[float]] = None
    xstar: Optional[Sequence[float]] = None

    @property
    def name(self):
        return "hs%d" % self.number


SQ2, SQ3, SQ7 = math.sqrt(2), math.sqrt(3), math.sqrt(7)


def _hs11_xstar():
    aex = 7.5 * math.sqrt(6)
    aw = (math.sqrt(aex ** 2 + 1) + aex) ** (1 / 3)
    x1 = (aw - 1 / aw) / math.sqrt(6)
    x2 = (aw ** 2 - 2 + 1 / aw ** 2) / 6
    return [x1, x2]


HS11_XSTAR = _hs11_xstar()
HS19_ROOT = math.sqrt(17.280975)
HS57_A = [8, 8, 10, 10, 10, 10, 12, 12, 12, 12, 14, 14, 14, 16, 16, 16, 18, 18, 20, 20, 20, 22, 22, 22, 24, 24, 24,
          26, 26, 26, 28, 28, 30, 30, 30, 32, 32, 34, 36, 36, 38, 38, 40, 42]
HS57_B = [0.49, 0.49, 0.48, 0.47, 0.48, 0.47, 0.46, 0.46, 0.45, 0.43, 0.45, 0.43, 0.43, 0.44, 0.43, 0.43, 0.46,
          0.45, 0.42, 0.42, 0.43, 0.41, 0.41, 0.40, 0.42, 0.40, 0.40, 0.41, 0.40, 0.41, 0.41, 0.40, 0.40, 0.40, 0.38,
          0.41, 0.40, 0.40, 0.41, 0.38, 0.40, 0.40, 0.39, 0.39]


def f54(x, m):
    v1 = x[0] - 1e4
    v2 = x[1] - 1
    v3 = x[2] - 2e6
    v4 = x[3] - 10
    v5 = x[4] - 1e-3
    v6 = x[5] - 1e8
    q = (1.5625e-8 * v1 ** 2 + 5e-5 * v1 * v2 + v2 ** 2) / 0.96 + v3 ** 2 / 4.9e13 + 4e-4 * v4 ** 2 \
        + 4e2 * v5 ** 2 + 4e-18 * v6 ** 2
    return -m.exp(-0.5 * q)


def f57(x, m):
    return sum((b - x[0] - (0.49 - x[0]) * m.exp(-x[1] * (a - 8))) ** 2 for a, b in zip(HS57_A, HS57_B))


def f59(x, m):
    x11 = x[0]
    x12 = x11 * x11
    x13 = x12 * x11
    x14 = x13 * x11
    x21 = x[1]
    x22 = x21 * x21
    x23 = x22 * x21
    x24 = x23 * x21
    return (-75.196 + 3.8112 * x11 - 0.12694 * x12 + 2.0567e-3 * x13 - 1.0345e-5 * x14 + 6.8306 * x21
            - 3.0234e-2 * x11 * x21 + 1.28134e-3 * x12 * x21 - 3.5256e-5 * x13 * x21 + 2.266e-7 * x14 * x21
            - 0.25645 * x22 + 3.4604e-3 * x23 - 1.3514e-5 * x24 + 28.106 / (x21 + 1) + 5.2375e-6 * x12 * x22
            + 6.3e-8 * x13 * x22 - 7e-10 * x13 * x23 - 3.4054e-4 * x11 * x22 + 1.6638e-6 * x11 * x23
            + 2.8673 * m.exp(5e-4 * x11 * x21))


def f62(x, m):
    b3 = x[2] + 0.03
    c3 = 0.13 * x[2] + 0.03
    b2 = b3 + x[1]
    c2 = b3 + 0.07 * x[1]
    b1 = b2 + x[0]
    c1 = b2 + 0.09 * x[0]
    return -32.174 * (255 * m.log(b1 / c1) + 280 * m.log(b2 / c2) + 290 * m.log(b3 / c3))


def c73(x, m):
    return [2.3 * x[0] + 5.6 * x[1] + 11.1 * x[2] + 1.3 * x[3] - 5,
            12 * x[0] + 11.9 * x[1] + 41.8 * x[2] + 52.1 * x[3]
            - 1.645 * m.sqrt(0.28 * x[0] ** 2 + 0.19 * x[1] ** 2 + 20.5 * x[2] ** 2 + 0.62 * x[3] ** 2) - 21,
            x[0] + x[1] + x[2] + x[3] - 1]


def c74(x, m):
    return _c74_75(x, m, 0.55)


def c75(x, m):
    return _c74_75(x, m, 0.48)


def _c74_75(x, m, a):
    return [x[3] - x[2] + a,
            x[2] - x[3] + a,
            1e3 * (m.sin(-x[2] - 0.25) + m.sin(-x[3] - 0.25)) + 894.8 - x[0],
            1e3 * (m.sin(x[2] - 0.25) + m.sin(x[2] - x[3] - 0.25)) + 894.8 - x[1],
            1e3 * (m.sin(x[3] - 0.25) + m.sin(x[3] - x[2] - 0.25)) + 1294.8]


def f74(x, m):
    return 3 * x[0] + 1e-6 * x[0] ** 3 + 2 * x[1] + 2e-6 / 3 * x[1] ** 3


def c83(x, m):
    v1 = 85.334407 + 5.6858e-3 * x[1] * x[4] + 6.262e-4 * x[0] * x[3] - 2.2053e-3 * x[2] * x[4]
    v2 = 80.51249 + 7.1317e-3 * x[1] * x[4] + 2.9955e-3 * x[0] * x[1] + 2.1813e-3 * x[2] ** 2 - 90
    v3 = 9.300961 + 4.7026e-3 * x[2] * x[4] + 1.2547e-3 * x[0] * x[2] + 1.9085e-3 * x[2] * x[3] - 20
    return [v1, v2, v3, 92 - v1, 20 - v2, 5 - v3]


def c84(x, m):
    v1 = x[0] * (-1.45421402e5 + 2.9311506e3 * x[1] - 40.427932 * x[2] + 5.106192e3 * x[3] + 1.571136e4 * x[4])
    v2 = x[0] * (-1.550111084e5 + 4.36053352e3 * x[1] + 12.9492344 * x[2] + 1.0236884e4 * x[3]
                 + 1.3176786e4 * x[4])
    v3 = x[0] * (-3.266695104e5 + 7.39068412e3 * x[1] - 27.8986976 * x[2] + 1.6643076e4 * x[3]
                 + 3.0988146e4 * x[4])
    return [v1, v2, v3, 2.94e5 - v1, 2.94e5 - v2, 2.772e5 - v3]


def f84(x, m):
    return -(-2.4345e4 + x[0] * (-8.720288849e6 + 1.505125253e5 * x[1] - 1.566950325e2 * x[2]
                                 + 4.764703222e5 * x[3] + 7.294828271e5 * x[4]))


# Functions that several problems share, named after the first.
def f14(x, m):
    return (x[0] - 2) ** 2 + (x[1] - 1) ** 2


def f16(x, m):
    return 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2


def f29(x, m):
    return -x[0] * x[1] * x[2]


def c34(x, m):
    return [x[1] - m.exp(x[0]), x[2] - m.exp(x[1])]


def f34(x, m):
    return -x[0]


def f46(x, m):
    return (x[0] - x[1]) ** 2 + (x[2] - 1) ** 2 + (x[3] - 1) ** 4 + (x[4] - 1) ** 6


def f47(x, m):
    return (x[0] - x[1]) ** 2 + (x[1] - x[2]) ** 2 + (x[2] - x[3]) ** 4 + (x[3] - x[4]) ** 4


def f51(x, m):
    return (x[0] - x[1]) ** 2 + (x[1] + x[2] - 2) ** 2 + (x[3] - 1) ** 2 + (x[4] - 1) ** 2


def c52(x, m):
    return [x[0] + 3 * x[1], x[2] + x[3] - 2 * x[4], x[1] - x[4]]


def c78(x, m):
    return [x[0] ** 2 + x[1] ** 2 + x[2] ** 2 + x[3] ** 2 + x[4] ** 2 - 10,
            x[1] * x[2] - 5 * x[3] * x[4], x[0] ** 3 + x[1] ** 3 + 1]


PROBLEMS = [
    Problem(6, [-1.2, 1], 0, xstar=[1, 1],
            f=lambda x, m: (1 - x[0]) ** 2,
            c=lambda x, m: [10 * (x[1] - x[0] ** 2)]),
    Problem(7, [2, 2], -SQ3, xstar=[0, SQ3],
            f=lambda x, m: m.log(1 + x[0] ** 2) - x[1],
            c=lambda x, m: [(1 + x[0] ** 2) ** 2 + x[1] ** 2 - 4]),
    Problem(9, [0, 0], -0.5, xstar=[-3, -4],
            f=lambda x, m: m.sin(m.pi * x[0] / 12) * m.cos(m.pi * x[1] / 16),
            c=lambda x, m: [4 * x[0] - 3 * x[1]]),
    Problem(10, [-10, 10], -1, xstar=[0, 1], ineq=1,
            f=lambda x, m: x[0] - x[1],
            c=lambda x, m: [-3 * x[0] ** 2 + 2 * x[0] * x[1] - x[1] ** 2 + 1]),
    Problem(11, [4.9, 0.1], (HS11_XSTAR[0] - 5) ** 2 + HS11_XSTAR[1] ** 2 - 25, xstar=HS11_XSTAR, ineq=1,
            f=lambda x, m: (x[0] - 5) ** 2 + x[1] ** 2 - 25,
            c=lambda x, m: [-x[0] ** 2 + x[1]]),
    Problem(12, [0, 0], -30, xstar=[2, 3], ineq=1,
            f=lambda x, m: 0.5 * x[0] ** 2 + x[1] ** 2 - x[0] * x[1] - 7 * x[0] - 7 * x[1],
            c=lambda x, m: [25 - 4 * x[0] ** 2 - x[1] ** 2]),
    Problem(14, [2, 2], 9 - 23 * SQ7 / 8, xstar=[(SQ7 - 1) / 2, (SQ7 + 1) / 4], ineq=1,
            f=f14,
            c=lambda x, m: [1 - x[0] ** 2 / 4 - x[1] ** 2, x[0] - 2 * x[1] + 1]),
    Problem(15, [-2, 1], 3.065, xstar=[0.5, 2], ineq=2, upper=[0.5, INF],
            f=lambda x, m: (x[1] - x[0] ** 2) ** 2 + 0.01 * (1 - x[0]) ** 2,
            c=lambda x, m: [x[0] * x[1] - 1, x[1] ** 2 + x[0]]),
    Problem(16, [-2, 1], 0.25, xstar=[0.5, 0.25], ineq=2, lower=[-0.5, -INF], upper=[0.5, 1],
            f=f16,
            c=lambda x, m: [x[1] ** 2 + x[0], x[0] ** 2 + x[1]]),
    Problem(17, [-2, 1], 1, xstar=[0, 0], ineq=2, lower=[-2, -INF], upper=[0.5, 1],
            f=f16,
            c=lambda x, m: [x[1] ** 2 - x[0], x[0] ** 2 - x[1]]),
    Problem(18, [2, 2], 5, xstar=[math.sqrt(250), math.sqrt(250) / 10], ineq=2, lower=[2, 0], upper=[50, 50],
            f=lambda x, m: 0.01 * x[0] ** 2 + x[1] ** 2,
            c=lambda x, m: [x[0] * x[1] - 25, x[0] ** 2 + x[1] ** 2 - 25]),
    Problem(19, [20.1, 5.84], 4.095 ** 3 - (15 + HS19_ROOT) ** 3, xstar=[14.095, 5 - HS19_ROOT], ineq=2,
            lower=[13, 0], upper=[100, 100],
            f=lambda x, m: (x[0] - 10) ** 3 + (x[1] - 20) ** 3,
            c=lambda x, m: [(x[0] - 5) ** 2 + (x[1] - 5) ** 2 - 100, 82.81 - (x[0] - 6) ** 2 - (x[1] - 5) ** 2]),
    Problem(20, [0.1, 1], 81.5 - 25 * SQ3, xstar=[0.5, SQ3 / 2], ineq=3, lower=[-0.5, -INF], upper=[0.5, INF],
            f=f16,
            c=lambda x, m: [x[1] ** 2 + x[0], x[0] ** 2 + x[1], x[0] ** 2 + x[1] ** 2 - 1]),
    Problem(21, [2, -1], -99.96, xstar=[2, 0], ineq=1, lower=[2, -50], upper=[50, 50],
            f=lambda x, m: 0.01 * x[0] ** 2 + x[1] ** 2 - 100,
            c=lambda x, m: [10 * x[0] - x[1] - 10]),
    Problem(22, [2, 2], 1, xstar=[1, 1], ineq=2,
            f=f14,
            c=lambda x, m: [2 - x[0] - x[1], x[1] - x[0] ** 2]),
    Problem(23, [3, 1], 2, xstar=[1, 1], ineq=5, lower=[-50, -50], upper=[50, 50],
            f=lambda x, m: x[0] ** 2 + x[1] ** 2,
            c=lambda x, m: [x[0] + x[1] - 1, x[0] ** 2 + x[1] ** 2 - 1, 9 * x[0] ** 2 + x[1] ** 2 - 9,
                            x[0] ** 2 - x[1], x[1] ** 2 - x[0]]),
    Problem(24, [1, 0.5], -1, xstar=[3, SQ3], ineq=3, lower=[0, 0],
            f=lambda x, m: ((x[0] - 3) ** 2 - 9) * x[1] ** 3 / (27 * m.sqrt(3)),
            c=lambda x, m: [x[0] / m.sqrt(3) - x[1], x[0] + x[1] * m.sqrt(3), 6 - x[1] * m.sqrt(3) - x[0]]),
    Problem(26, [-2.6, 2, 2], 0, xstar=[1, 1, 1],
            f=lambda x, m: (x[0] - x[1]) ** 2 + (x[1] - x[2]) ** 4,
            c=lambda x, m: [x[0] * (1 + x[1] ** 2) + x[2] ** 4 - 3]),
    Problem(27, [2, 2, 2], 4, xstar=[-1, 1, 0],
            f=lambda x, m: (x[0] - 1) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2,
            c=lambda x, m: [x[0] + x[2] ** 2 + 1]),
    Problem(28, [-4, 1, 1], 0, xstar=[0.5, -0.5, 0.5],
            f=lambda x, m: (x[0] + x[1]) ** 2 + (x[1] + x[2]) ** 2,
            c=lambda x, m: [x[0] + 2 * x[1] + 3 * x[2] - 1]),
    Problem(29, [1, 1, 1], -16 * SQ2, xstar=[4, 2 * SQ2, 2], ineq=1,
            f=f29,
            c=lambda x, m: [48 - x[0] ** 2 - 2 * x[1] ** 2 - 4 * x[2] ** 2]),
    Problem(30, [1, 1, 1], 1, xstar=[1, 0, 0], ineq=1, lower=[1, -10, -10], upper=[10, 10, 10],
            f=lambda x, m: x[0] ** 2 + x[1] ** 2 + x[2] ** 2,
            c=lambda x, m: [x[0] ** 2 + x[1] ** 2 - 1]),
    Problem(31, [1, 1, 1], 6, xstar=[1 / SQ3, SQ3, 0], ineq=1, lower=[-10, 1, -10], upper=[10, 10, 1],
            f=lambda x, m: 9 * x[0] ** 2 + x[1] ** 2 + 9 * x[2] ** 2,
            c=lambda x, m: [x[0] * x[1] - 1]),
    Problem(32, [0.1, 0.7, 0.2], 1, xstar=[0, 0, 1], ineq=1, lower=[0, 0, 0],
            f=lambda x, m: (x[0] + 3 * x[1] + x[2]) ** 2 + 4 * (x[0] - x[1]) ** 2,
            c=lambda x, m: [-x[0] ** 3 + 6 * x[1] + 4 * x[2] - 3, 1 - x[0] - x[1] - x[2]]),
    Problem(33, [0, 0, 3], SQ2 - 6, xstar=[0, SQ2, SQ2], ineq=2, lower=[0, 0, 0], upper=[INF, INF, 5],
            f=lambda x, m: (x[0] - 1) * (x[0] - 2) * (x[0] - 3) + x[2],
            c=lambda x, m: [x[2] ** 2 - x[0] ** 2 - x[1] ** 2, x[0] ** 2 + x[1] ** 2 + x[2] ** 2 - 4]),
    Problem(34, [0, 1.05, 2.9], -math.log(math.log(10)), xstar=[math.log(math.log(10)), math.log(10), 10], ineq=2,
            lower=[0, 0, 0], upper=[100, 100, 10],
            f=f34,
            c=c34),
    Problem(35, [0.5, 0.5, 0.5], 1 / 9, xstar=[4 / 3, 7 / 9, 4 / 9], ineq=1, lower=[0, 0, 0],
            f=lambda x, m: 9 - 8 * x[0] - 6 * x[1] - 4 * x[2] + 2 * x[0] ** 2 + 2 * x[1] ** 2 + x[2] ** 2
            + 2 * x[0] * x[1] + 2 * x[0] * x[2],
            c=lambda x, m: [-x[0] - x[1] - 2 * x[2] + 3]),
    Problem(36, [10, 10, 10], -3300, xstar=[20, 11, 15], ineq=1, lower=[0, 0, 0], upper=[20, 11, 42],
            f=f29,
            c=lambda x, m: [72 - x[0] - 2 * x[1] - 2 * x[2]]),
    Problem(37, [10, 10, 10], -3456, xstar=[24, 12, 12], ineq=2, lower=[0, 0, 0], upper=[42, 42, 42],
            f=f29,
            c=lambda x, m: [72 - x[0] - 2 * x[1] - 2 * x[2], x[0] + 2 * x[1] + 2 * x[2]]),
    Problem(39, [2, 2, 2, 2], -1, xstar=[1, 1, 0, 0],
            f=f34,
            c=lambda x, m: [x[1] - x[0] ** 3 - x[2] ** 2, x[0] ** 2 - x[1] - x[3] ** 2]),
    Problem(40, [0.8, 0.8, 0.8, 0.8], -0.25, xstar=[2 ** (-1 / 3), 2 ** -0.5, 2 ** (-11 / 12), 2 ** -0.25],
            f=lambda x, m: -x[0] * x[1] * x[2] * x[3],
            c=lambda x, m: [x[0] ** 3 + x[1] ** 2 - 1, x[0] ** 2 * x[3] - x[2], x[3] ** 2 - x[1]]),
    Problem(41, [1, 1, 1, 1], 52 / 27, xstar=[2 / 3, 1 / 3, 1 / 3, 2], lower=[0, 0, 0, 0], upper=[1, 1, 1, 2],
            f=lambda x, m: 2 - x[0] * x[1] * x[2],
            c=lambda x, m: [x[0] + 2 * x[1] + 2 * x[2] - x[3]]),
    Problem(42, [1, 1, 1, 1], 28 - 10 * SQ2, xstar=[2, 2, math.sqrt(0.72), math.sqrt(1.28)],
            f=lambda x, m: (x[0] - 1) ** 2 + (x[1] - 2) ** 2 + (x[2] - 3) ** 2 + (x[3] - 4) ** 2,
            c=lambda x, m: [x[0] - 2, x[2] ** 2 + x[3] ** 2 - 2]),
    Problem(43, [0, 0, 0, 0], -44, xstar=[0, 1, 2, -1], ineq=3,
            f=lambda x, m: x[0] ** 2 + x[1] ** 2 + 2 * x[2] ** 2 + x[3] ** 2 - 5 * x[0] - 5 * x[1] - 21 * x[2]
            + 7 * x[3],
            c=lambda x, m: [-x[0] ** 2 - x[1] ** 2 - x[2] ** 2 - x[3] ** 2 - x[0] + x[1] - x[2] + x[3] + 8,
                            -x[0] ** 2 - 2 * x[1] ** 2 - x[2] ** 2 - 2 * x[3] ** 2 + x[0] + x[3] + 10,
                            -2 * x[0] ** 2 - x[1] ** 2 - x[2] ** 2 - 2 * x[0] + x[1] + x[3] + 5]),
    Problem(44, [0, 0, 0, 0], -15, xstar=[0, 3, 0, 4], ineq=6, lower=[0, 0, 0, 0],
            f=lambda x, m: x[0] - x[1] - x[2] - x[0] * x[2] + x[0] * x[3] + x[1] * x[2] - x[1] * x[3],
            c=lambda x, m: [8 - x[0] - 2 * x[1], 12 - 4 * x[0] - x[1], 12 - 3 * x[0] - 4 * x[1],
                            8 - 2 * x[2] - x[3], 8 - x[2] - 2 * x[3], 5 - x[2] - x[3]]),
    Problem(46, [SQ2 / 2, 1.75, 0.5, 2, 2], 0, xstar=[1, 1, 1, 1, 1],
            f=f46,
            c=lambda x, m: [x[0] ** 2 * x[3] + m.sin(x[3] - x[4]) - 1, x[1] + x[2] ** 4 * x[3] ** 2 - 2]),
    Problem(47, [2, SQ2, -1, 2 - SQ2, 0.5], 0, xstar=[1, 1, 1, 1, 1],
            f=f47,
            c=lambda x, m: [x[0] + x[1] ** 2 + x[2] ** 3 - 3, x[1] - x[2] ** 2 + x[3] - 1, x[0] * x[4] - 1]),
    Problem(48, [3, 5, -3, 2, -2], 0, xstar=[1, 1, 1, 1, 1],
            f=lambda x, m: (x[0] - 1) ** 2 + (x[1] - x[2]) ** 2 + (x[3] - x[4]) ** 2,
            c=lambda x, m: [x[0] + x[1] + x[2] + x[3] + x[4] - 5, x[2] - 2 * (x[3] + x[4]) + 3]),
    Problem(49, [10, 7, 2, -3, 0.8], 0, xstar=[1, 1, 1, 1, 1],
            f=f46,
            c=lambda x, m: [x[0] + x[1] + x[2] + 4 * x[3] - 7, x[2] + 5 * x[4] - 6]),
    Problem(50, [35, -31, 11, 5, -5], 0, xstar=[1, 1, 1, 1, 1],
            f=f47,
            c=lambda x, m: [x[0] + 2 * x[1] + 3 * x[2] - 6, x[1] + 2 * x[2] + 3 * x[3] - 6,
                            x[2] + 2 * x[3] + 3 * x[4] - 6]),
    Problem(51, [2.5, 0.5, 2, -1, 0.5], 0, xstar=[1, 1, 1, 1, 1],
            f=f51,
            c=lambda x, m: [x[0] + 3 * x[1] - 4, x[2] + x[3] - 2 * x[4], x[1] - x[4]]),
    Problem(52, [2, 2, 2, 2, 2], 1859 / 349, xstar=[-33 / 349, 11 / 349, 180 / 349, -158 / 349, 11 / 349],
            f=lambda x, m: (4 * x[0] - x[1]) ** 2 + (x[1] + x[2] - 2) ** 2 + (x[3] - 1) ** 2 + (x[4] - 1) ** 2,
            c=c52),
    Problem(53, [2, 2, 2, 2, 2], 176 / 43, xstar=[-33 / 43, 11 / 43, 27 / 43, -5 / 43, 11 / 43],
            lower=[-10] * 5, upper=[10] * 5,
            f=f51,
            c=c52),
    Problem(54, [6e3, 1.5, 4e6, 2, 3e-3, 5e7], -math.exp(-27 / 280), xstar=[9.16e4 / 7, 79 / 70, 2e6, 10, 1e-3, 1e8],
            lower=[0, -10, 0, 0, 0, 0], upper=[2e4, 10, 1e7, 20, 1, 2e8],
            f=f54,
            c=lambda x, m: [x[0] + 4e3 * x[1] - 1.76e4]),
    Problem(55, [1, 2, 0, 0, 0, 2], 19 / 3, xstar=[0, 4 / 3, 5 / 3, 1, 2 / 3, 1 / 3],
            lower=[0] * 6, upper=[1, INF, INF, 1, INF, INF],
            f=lambda x, m: x[0] + 2 * x[1] + 4 * x[4] + m.exp(x[0] * x[3]),
            c=lambda x, m: [x[0] + 2 * x[1] + 5 * x[4] - 6, x[0] + x[1] + x[2] - 3, x[3] + x[4] + x[5] - 2,
                            x[0] + x[3] - 1, x[1] + x[4] - 2, x[2] + x[5] - 2]),
    Problem(56, [1, 1, 1] + [math.asin(math.sqrt(1 / 4.2))] * 3 + [math.asin(math.sqrt(5 / 7.2))], -3.456,
            xstar=[2.4, 1.2, 1.2, math.asin(math.sqrt(4 / 7)), math.asin(math.sqrt(2 / 7)),
                   math.asin(math.sqrt(2 / 7)), math.pi / 2],
            f=f29,
            c=lambda x, m: [x[0] - 4.2 * m.sin(x[3]) ** 2, x[1] - 4.2 * m.sin(x[4]) ** 2,
                            x[2] - 4.2 * m.sin(x[5]) ** 2, x[0] + 2 * x[1] + 2 * x[2] - 7.2 * m.sin(x[6]) ** 2]),
    Problem(57, [0.42, 5], 0.284596697213e-1, xstar=[0.419952674511, 1.28484562930], ineq=1, lower=[0.4, -4],
            f=f57,
            c=lambda x, m: [-x[0] * x[1] + 0.49 * x[1] - 0.09]),
    Problem(59, [90, 10], -7.80422632408, xstar=[13.5501042366, 51.6601812877], ineq=3, lower=[0, 0],
            upper=[75, 65],
            f=f59,
            c=lambda x, m: [x[0] * x[1] - 700, x[1] - 8e-3 * x[0] ** 2, (x[1] - 50) ** 2 - 5 * (x[0] - 55)]),
    Problem(60, [2, 2, 2], 0.325682002513e-1, xstar=[1.10485902423, 1.19667419413, 1.53526225739],
            lower=[-10] * 3, upper=[10] * 3,
            f=lambda x, m: (x[0] - 1) ** 2 + (x[0] - x[1]) ** 2 + (x[1] - x[2]) ** 4,
            c=lambda x, m: [x[0] * (1 + x[1] ** 2) + x[2] ** 4 - 4 - 3 * m.sqrt(2)]),
    Problem(61, [0, 0, 0], -143.646142201, xstar=[5.32677015744, -2.11899863998, 3.21046423906],
            f=lambda x, m: 4 * x[0] ** 2 + 2 * x[1] ** 2 + 2 * x[2] ** 2 - 33 * x[0] + 16 * x[1] - 24 * x[2],
            c=lambda x, m: [3 * x[0] - 2 * x[1] ** 2 - 7, 4 * x[0] - x[2] ** 2 - 11]),
    Problem(62, [0.7, 0.2, 0.1], -26272.5144873, xstar=[0.617813298210, 0.328202155786, 0.0539845460119],
            lower=[0] * 3, upper=[1] * 3,
            f=f62,
            c=lambda x, m: [x[0] + x[1] + x[2] - 1]),
    Problem(63, [2, 2, 2], 961.715172127, xstar=[3.51211841492, 0.216988174172, 3.55217403459], lower=[0] * 3,
            f=lambda x, m: 1e3 - x[0] ** 2 - 2 * x[1] ** 2 - x[2] ** 2 - x[0] * x[1] - x[0] * x[2],
            c=lambda x, m: [8 * x[0] + 14 * x[1] + 7 * x[2] - 56, x[0] ** 2 + x[1] ** 2 + x[2] ** 2 - 25]),
    Problem(64, [1, 1, 1], 6299.84242821, xstar=[108.734717597, 85.1261394257, 204.324707858], ineq=1,
            lower=[1e-5] * 3,
            f=lambda x, m: 5 * x[0] + 5e4 / x[0] + 20 * x[1] + 7.2e4 / x[1] + 10 * x[2] + 1.44e5 / x[2],
            c=lambda x, m: [1 - 4 / x[0] - 32 / x[1] - 120 / x[2]]),
    Problem(65, [-5, 5, 0], 0.953528856757, xstar=[3.65046182158, 3.65046168940, 4.62041750754], ineq=1,
            lower=[-4.5, -4.5, -5], upper=[4.5, 4.5, 5],
            f=lambda x, m: (x[0] - x[1]) ** 2 + ((x[0] + x[1] - 10) / 3) ** 2 + (x[2] - 5) ** 2,
            c=lambda x, m: [48 - x[0] ** 2 - x[1] ** 2 - x[2] ** 2]),
    Problem(66, [0, 1.05, 2.9], 0.518163274159, xstar=[0.184126487951, 1.20216787321, 3.32732232258], ineq=2,
            lower=[0] * 3, upper=[100, 100, 10],
            f=lambda x, m: 0.2 * x[2] - 0.8 * x[0],
            c=c34),
    Problem(71, [1, 5, 5, 1], 17.0140172895, xstar=[1, 4.74299937545, 3.82115032617, 1.37940824585], ineq=1,
            lower=[1] * 4, upper=[5] * 4,
            f=lambda x, m: x[0] * x[3] * (x[0] + x[1] + x[2]) + x[2],
            c=lambda x, m: [(x[0] * x[1] * x[2] * x[3] - 25) / 25,
                            (x[0] ** 2 + x[1] ** 2 + x[2] ** 2 + x[3] ** 2 - 40) / 40]),
    Problem(72, [1, 1, 1, 1], 727.67936, xstar=[193.407050141, 179.547504555, 185.018587841, 168.706233485],
            ineq=2, lower=[1e-3] * 4, upper=[4e5, 3e5, 2e5, 1e5],
            f=lambda x, m: 1 + x[0] + x[1] + x[2] + x[3],
            c=lambda x, m: [-4 / x[0] - 2.25 / x[1] - 1 / x[2] - 0.25 / x[3] + 0.0401,
                            -0.16 / x[0] - 0.36 / x[1] - 0.64 * (1 / x[2] + 1 / x[3]) + 0.010085]),
    Problem(73, [1, 1, 1, 1], 29.8943781573, xstar=[0.635521568605, -0.117862273760e-11, 0.312701880754,
                                                    0.0517765506011], ineq=2, lower=[0] * 4,
            f=lambda x, m: 24.55 * x[0] + 26.75 * x[1] + 39 * x[2] + 40.5 * x[3],
            c=c73),
    Problem(74, [0, 0, 0, 0], 5126.49810934, xstar=[679.945319802, 1026.06713256, 0.118876364490,
                                                    -0.396233553180], ineq=2,
            lower=[0, 0, -0.55, -0.55], upper=[1200, 1200, 0.55, 0.55],
            f=f74, c=c74),
    Problem(75, [0, 0, 0, 0], 5174.41288686, xstar=[776.159220293, 925.194939196, 0.0511087936804,
                                                    -0.428891137432], ineq=2,
            lower=[0, 0, -0.48, -0.48], upper=[1200, 1200, 0.48, 0.48],
            f=f74, c=c75),
    Problem(76, [0.5] * 4, -4.68181818182, xstar=[0.272727272717, 2.09090909094, -0.263371889808e-10,
                                                  0.545454545496], ineq=3, lower=[0] * 4,
            f=lambda x, m: x[0] ** 2 + x[2] ** 2 + 0.5 * (x[1] ** 2 + x[3] ** 2) - x[0] * x[2] + x[2] * x[3] - x[0]
            - 3 * x[1] + x[2] - x[3],
            c=lambda x, m: [-x[0] - 2 * x[1] - x[2] - x[3] + 5, -3 * x[0] - x[1] - 2 * x[2] + x[3] + 4,
                            x[1] + 4 * x[2] - 1.5]),
    Problem(77, [2] * 5, 0.241505128786, xstar=[1.16617219726, 1.18211138813, 1.38025704044, 1.50603627961,
                                                0.610920257517],
            f=lambda x, m: (x[0] - 1) ** 2 + (x[0] - x[1]) ** 2 + (x[2] - 1) ** 2 + (x[3] - 1) ** 4
            + (x[4] - 1) ** 6,
            c=lambda x, m: [x[0] ** 2 * x[3] + m.sin(x[3] - x[4]) - 2 * m.sqrt(2),
                            x[1] + x[2] ** 4 * x[3] ** 2 - 8 - m.sqrt(2)]),
    Problem(78, [-2, 1.5, 2, -1, -1], -2.91970040911, xstar=[-1.71714234230, 1.59570826805, 1.82724803488,
                                                           -0.763642946600, -0.763643482853],
            f=lambda x, m: x[0] * x[1] * x[2] * x[3] * x[4],
            c=c78),
    Problem(79, [2] * 5, 0.0787768208538, xstar=[1.19112745626, 1.36260316492, 1.47281793150, 1.63501661894,
                                                 1.67908143619],
            f=lambda x, m: (x[0] - 1) ** 2 + (x[0] - x[1]) ** 2 + (x[1] - x[2]) ** 2 + (x[2] - x[3]) ** 4
            + (x[3] - x[4]) ** 4,
            c=lambda x, m: [x[0] + x[1] ** 2 + x[2] ** 3 - 2 - 3 * m.sqrt(2),
                            x[1] - x[2] ** 2 + x[3] + 2 - 2 * m.sqrt(2), x[0] * x[4] - 2]),
    Problem(80, [-2, 2, 2, -1, -1], 0.0539498477624, xstar=[-1.71714294417, 1.59570896503, 1.82724691654,
                                                          -0.763641279311, -0.763645016315],
            lower=[-2.3, -2.3, -3.2, -3.2, -3.2], upper=[2.3, 2.3, 3.2, 3.2, 3.2],
            f=lambda x, m: m.exp(x[0] * x[1] * x[2] * x[3] * x[4]),
            c=c78),
    Problem(81, [-2, 2, 2, -1, -1], 0.0539498477749, xstar=[-1.71714240091, 1.59570833592, 1.82724792592,
                                                          -0.763647440817, -0.763638975604],
            lower=[-2.3, -2.3, -3.2, -3.2, -3.2], upper=[2.3, 2.3, 3.2, 3.2, 3.2],
            f=lambda x, m: m.exp(x[0] * x[1] * x[2] * x[3] * x[4]) - 0.5 * (x[0] ** 3 + x[1] ** 3 + 1) ** 2,
            c=c78),
    Problem(83, [78, 33, 27, 27, 27], -30665.5386717, xstar=[78, 33, 29.9952560253, 45, 36.7758129081], ineq=6,
            lower=[78, 33, 27, 27, 27], upper=[102, 45, 45, 45, 45],
            f=lambda x, m: 5.3578547 * x[2] ** 2 + 0.8356891 * x[0] * x[4] + 37.293239 * x[0] - 4.0792141e4,
            c=c83),
    Problem(84, [2.52, 2, 37.5, 9.25, 6.8], -5280335.13306, xstar=[4.53743097466, 2.40000000002, 60, 9.29999999999,
                                                                  7], ineq=6,
            lower=[0, 1.2, 20, 9, 6.5], upper=[1e3, 2.4, 60, 9.3, 7],
            f=f84, c=c84),
]
