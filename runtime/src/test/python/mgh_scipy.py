"""Runs scipy's MINPACK LM (leastsq and least_squares(method='lm')) and L-BFGS-B on the MGH problems of mgh.py
with exact (complex-step) derivatives and default options, and prints the solved counts recorded in
MghTest.java. Rerun: cd runtime/src/test/python && /usr/bin/python3 mgh_scipy.py
"""
import warnings

import numpy as np
import scipy
from scipy.optimize import leastsq, least_squares, minimize

from mgh import PROBLEMS, jacobian, solved

warnings.simplefilter("ignore")
print("scipy", scipy.__version__, "numpy", np.__version__)
counts = {"leastsq": 0, "least_squares_lm": 0, "lbfgsb": 0}
lbfgsb_nfev = 0
for name, fun, x0, fstar in PROBLEMS:
    x0 = np.array(x0, dtype=float)
    real = lambda x, fun=fun: np.real(fun(np.asarray(x, dtype=float)))
    jac = lambda x, fun=fun: jacobian(fun, x)
    xs, _, info, _, ier = leastsq(real, x0, Dfun=jac, full_output=True)
    f_lsq = float(np.sum(real(xs) ** 2))
    res = least_squares(real, x0, jac=jac, method="lm")
    f_ls = float(np.sum(real(res.x) ** 2))

    def fg(x, fun=fun):
        r = real(x)
        return float(np.sum(r ** 2)), 2 * jac(x).T @ r

    opt = minimize(fg, x0, jac=True, method="L-BFGS-B")
    f_lb = float(opt.fun)
    lbfgsb_nfev += opt.nfev
    s = (solved(f_lsq, fstar), solved(f_ls, fstar), solved(f_lb, fstar))
    counts["leastsq"] += s[0]
    counts["least_squares_lm"] += s[1]
    counts["lbfgsb"] += s[2]
    print(f"{name:38s} f*={fstar:<22.15g} leastsq f={f_lsq:<22.15g} nfev={info['nfev']:<5d} {'ok' if s[0] else '--'}"
          f" | lm f={f_ls:<22.15g} {'ok' if s[1] else '--'} | lbfgsb f={f_lb:<22.15g} nfev={opt.nfev:<6d}"
          f" {'ok' if s[2] else '--'}")
print("solved", counts, "of", len(PROBLEMS))
print("L-BFGS-B total nfev", lbfgsb_nfev)
