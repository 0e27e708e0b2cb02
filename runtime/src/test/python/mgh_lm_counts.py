"""Prints MINPACK lmder's evaluation counts (scipy.optimize.leastsq with Dfun, col_deriv=0, default ftol = xtol =
1.49012e-8, gtol = 0) on every MGH problem of mgh.py from its standard x0, with exact (complex-step) Jacobians;
MghTest.java checks LevenbergMarquardt's counts against them. Rerun: /usr/bin/python3 mgh_lm_counts.py
"""
import warnings

import numpy as np
import scipy
from scipy.optimize import leastsq

from mgh import PROBLEMS, jacobian

warnings.simplefilter("ignore")
print("scipy", scipy.__version__, "numpy", np.__version__)
for name, fun, x0, fstar in PROBLEMS:
    real = lambda x, fun=fun: np.real(fun(np.asarray(x, dtype=float)))
    jac = lambda x, fun=fun: jacobian(fun, x)
    xs, _, info, _, ier = leastsq(real, np.array(x0, dtype=float), Dfun=jac, col_deriv=0, full_output=True)
    f = float(np.sum(real(xs) ** 2))
    print(f"{name:38s} nfev={info['nfev']:<4d} njev={info['njev']:<4d} info={ier} f={f:.16g}")
