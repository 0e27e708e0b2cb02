"""Runs scipy's Newton-CG on Wood's function from (-3, -1, -3, -1) with exact gradient and Hessian (as hess and as
hessp, then with the line search's first trial step 1 as in nabla) and locates the saddle point near which Newton-CG
slows down; NewtonTest.java quotes the output.
Rerun: cd runtime/src/test/python && /usr/bin/python3 wood_newton_cg.py
"""
import numpy as np
import scipy
import scipy.optimize._optimize as scipy_optimize
from scipy.optimize import minimize, root


def f(x):
    return (100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2 + 90 * (x[3] - x[2] ** 2) ** 2 + (1 - x[2]) ** 2
            + 10 * (x[1] + x[3] - 2) ** 2 + 0.1 * (x[1] - x[3]) ** 2)


def g(x):
    return np.array([-400 * x[0] * (x[1] - x[0] ** 2) - 2 * (1 - x[0]),
                     200 * (x[1] - x[0] ** 2) + 20 * (x[1] + x[3] - 2) + 0.2 * (x[1] - x[3]),
                     -360 * x[2] * (x[3] - x[2] ** 2) - 2 * (1 - x[2]),
                     180 * (x[3] - x[2] ** 2) + 20 * (x[1] + x[3] - 2) - 0.2 * (x[1] - x[3])])


def hess(x):
    return np.array([[1200 * x[0] ** 2 - 400 * x[1] + 2, -400 * x[0], 0, 0],
                     [-400 * x[0], 220.2, 0, 19.8],
                     [0, 0, 1080 * x[2] ** 2 - 360 * x[3] + 2, -360 * x[2]],
                     [0, 19.8, -360 * x[2], 200.2]])


print("scipy", scipy.__version__)
x0 = np.array([-3.0, -1, -3, -1])
for name, kw in (("hessp", {"hessp": lambda x, p: hess(x) @ p}), ("hess", {"hess": hess})):
    r = minimize(f, x0, jac=g, method="Newton-CG", **kw)
    print(f"{name}: success={r.success} status={r.status} nit={r.nit} nfev={r.nfev} f={r.fun!r}"
          f" max|g|={np.abs(g(r.x)).max()!r} message={r.message!r}")
# scipy's line search starts from min(1, 1.01*2*(f_k - f_k-1)/slope) after the first iteration; nabla's from 1.
# With old_old_fval = None, scipy's starts from 1 too, and its Newton-CG takes nabla's path.
wolfe12 = scipy_optimize._line_search_wolfe12
scipy_optimize._line_search_wolfe12 = (
    lambda f, fp, xk, pk, gfk, old, _, **kw: wolfe12(f, fp, xk, pk, gfk, old, None, **kw))
r = minimize(f, x0, jac=g, method="Newton-CG", hessp=lambda x, p: hess(x) @ p)
print(f"first trial step 1: success={r.success} status={r.status} nit={r.nit} nfev={r.nfev} f={r.fun!r}"
      f" max|g|={np.abs(g(r.x)).max()!r} message={r.message!r}")
s = root(g, np.array([-0.967, 0.946, -0.970, 0.953]), jac=hess, tol=1e-14)
print(f"saddle: x={list(s.x)} f={f(s.x)!r} max|g|={np.abs(g(s.x)).max():.1e} eig(H)={np.linalg.eigvalsh(hess(s.x))}")
