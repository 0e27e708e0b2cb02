"""scipy's L-BFGS-B on equation 2.17 (n = 50), the same problem as LbfgsRace; exact gradient (jac=True).

Usage: scipy_lbfgs.py <warm-up seconds> <repetitions>
Prints: lbfgs scipy <median us per solve> <f*> <iterations> <evaluations> <message>
"""
import sys

import numpy as np
from scipy.optimize import minimize

from timing import median_time

N = 50
SHIFT = np.arange(1, N + 1, dtype=float)


def eq217(x):
    xn = np.roll(x, -1)
    s, c = np.sin(x), np.cos(x)
    sn, cn = np.sin(xn), np.cos(xn)
    e = np.exp(-x * x)
    d = x - SHIFT
    f = np.sum(0.1 * d * d + s * cn + e)
    g = 0.2 * d + c * cn - 2 * x * e
    g += np.roll(-s * sn, 1)  # d/dx_{i+1} of sin(x_i) cos(x_{i+1})
    return f, g


def main():
    warmup, reps = float(sys.argv[1]), int(sys.argv[2])
    x0 = np.full(N, 0.5)
    bounds = [(None, 1.0 if i < 10 else 20.0) for i in range(N)]
    solve = lambda: minimize(eq217, x0, jac=True, method="L-BFGS-B", bounds=bounds)
    res, micros = median_time(solve, warmup, reps)
    print("lbfgs scipy %.3f %.12g %d %d %s" % (micros, res.fun, res.nit, res.nfev,
                                               str(res.message).replace(" ", "_")))


if __name__ == "__main__":
    main()
