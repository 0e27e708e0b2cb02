"""Runs scipy's SLSQP with exact gradients on the problems of SqpTest.java (rerun: /usr/bin/python3
slsqp_reference.py); the numbers printed are pasted into SqpTest.java.

Constraints are listed as nabla's Sqp lays them out: equality rows first, then for each constraint and component
its lower side (c - lower >= 0) and then its upper side (upper - c >= 0).
"""
import numpy as np
import scipy
from scipy.optimize import minimize


def hs71():
    f = lambda x: x[0] * x[3] * (x[0] + x[1] + x[2]) + x[2]
    g = lambda x: np.array([x[3] * (2 * x[0] + x[1] + x[2]), x[0] * x[3], x[0] * x[3] + 1,
                            x[0] * (x[0] + x[1] + x[2])])
    cons = [{'type': 'eq', 'fun': lambda x: np.array([x @ x - 40]), 'jac': lambda x: np.array([2 * x])},
            {'type': 'ineq', 'fun': lambda x: np.array([np.prod(x) - 25]),
             'jac': lambda x: np.array([[x[1] * x[2] * x[3], x[0] * x[2] * x[3], x[0] * x[1] * x[3],
                                         x[0] * x[1] * x[2]]])}]
    return f, g, [1.0, 5.0, 5.0, 1.0], cons, [(1, 5)] * 4


def hs35():
    f = lambda x: (9 - 8 * x[0] - 6 * x[1] - 4 * x[2] + 2 * x[0] ** 2 + 2 * x[1] ** 2 + x[2] ** 2
                   + 2 * x[0] * x[1] + 2 * x[0] * x[2])
    g = lambda x: np.array([-8 + 4 * x[0] + 2 * x[1] + 2 * x[2], -6 + 4 * x[1] + 2 * x[0], -4 + 2 * x[2] + 2 * x[0]])
    cons = [{'type': 'ineq', 'fun': lambda x: np.array([3 - (x[0] + x[1] + 2 * x[2])]),
             'jac': lambda x: np.array([[-1.0, -1.0, -2.0]])}]
    return f, g, [0.5, 0.5, 0.5], cons, [(0, None)] * 3


def hs21():
    f = lambda x: 0.01 * x[0] ** 2 + x[1] ** 2 - 100
    g = lambda x: np.array([0.02 * x[0], 2 * x[1]])
    cons = [{'type': 'ineq', 'fun': lambda x: np.array([10 * x[0] - x[1] - 10]),
             'jac': lambda x: np.array([[10.0, -1.0]])}]
    return f, g, [-1.0, -1.0], cons, [(2, 50), (-50, 50)]


def hs6():
    f = lambda x: (1 - x[0]) ** 2
    g = lambda x: np.array([-2 * (1 - x[0]), 0.0])
    cons = [{'type': 'eq', 'fun': lambda x: np.array([10 * (x[1] - x[0] ** 2)]),
             'jac': lambda x: np.array([[-20 * x[0], 10.0]])}]
    return f, g, [-1.2, 1.0], cons, None


def ring():
    f = lambda x: (x[0] - 2) ** 2 + (x[1] - 1) ** 2
    g = lambda x: np.array([2 * (x[0] - 2), 2 * (x[1] - 1)])
    cons = [{'type': 'ineq', 'fun': lambda x: np.array([x @ x - 1, 2 - x @ x]),
             'jac': lambda x: np.array([2 * x, -2 * x])}]
    return f, g, [0.5, 0.0], cons, None


print("scipy", scipy.__version__)
for name, problem in [("hs71", hs71), ("hs35", hs35), ("hs21", hs21), ("hs6", hs6), ("ring", ring)]:
    f, g, x0, cons, bounds = problem()
    r = minimize(f, x0, jac=g, method="SLSQP", constraints=cons, bounds=bounds)
    print(name, "f", repr(r.fun), "nit", r.nit, "nfev", r.nfev, "njev", r.njev, "status", r.status, r.message)
    print("   x", [repr(v) for v in r.x])
