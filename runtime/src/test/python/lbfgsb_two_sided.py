"""Measures scipy's L-BFGS-B on equation 2.17 with mixed bounds from several starting points
(rerun: /usr/bin/python3 lbfgsb_two_sided.py); recorded in LbfgsBoundedTest.java.

Bounds for i = 0..49: lower -1.5 if i % 3 == 0, 2 if i % 3 == 1, none otherwise (or upper - 1 when that lower
bound would exceed the upper one); upper 1 + 0.5 i for i < 10, 20 - 0.2 i otherwise. x0 = s * ones(50).
"""
import numpy as np
import scipy
from scipy.optimize import minimize

from lbfgsb_eq217 import N, f_and_grad

lower, upper = [], []
for i in range(N):
    lo = -1.5 if i % 3 == 0 else (2.0 if i % 3 == 1 else None)
    up = 1 + 0.5 * i if i < 10 else 20 - 0.2 * i
    if lo is not None and lo > up:
        lo = up - 1
    lower.append(lo)
    upper.append(up)
print("scipy", scipy.__version__)
for s in [0.5, 0.0, -3.0, 7.0, 15.0]:
    r = minimize(f_and_grad, s * np.ones(N), jac=True, method="L-BFGS-B", bounds=list(zip(lower, upper)))
    print("start", s, "f", repr(r.fun), "nfev", r.nfev, "nit", r.nit, r.message)
