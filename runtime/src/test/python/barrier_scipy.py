"""Minimizes the log barrier f(x) = -log(1 - |x|^2) + 3 x0 - 2 x1 (+inf outside the unit disc) with scipy's
BFGS from x0 = (0, 0), whose first trial step lands outside the disc, and solves grad f = 0 to 1e-15;
NonFiniteTrialTest.java quotes the output. Rerun: cd runtime/src/test/python && /usr/bin/python3 barrier_scipy.py
"""
import warnings

import numpy as np
import scipy
from scipy.optimize import minimize, root

A = np.array([3.0, -2.0])


def f(x):
    return np.inf if x @ x >= 1 else -np.log(1 - x @ x) + A @ x


def grad(x):
    return 2 * x / (1 - x @ x) + A


warnings.simplefilter("ignore")
print("scipy", scipy.__version__)
r = minimize(f, np.zeros(2), jac=grad, method="BFGS")
print(f"BFGS: success={r.success} nit={r.nit} nfev={r.nfev} x={list(r.x)} f={r.fun!r}")
s = root(grad, np.zeros(2), tol=1e-15)
print(f"root of grad f: x={list(s.x)} f={f(s.x)!r} max|grad|={np.abs(grad(s.x)).max():.1e}")
