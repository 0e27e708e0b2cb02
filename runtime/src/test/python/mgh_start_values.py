"""Prints f(x0) = sum r_i(x0)^2 of every MGH problem in mgh.py; MghTest.java checks its Java versions against
these values so that both files define the same problems. Rerun: /usr/bin/python3 mgh_start_values.py
"""
import numpy as np

from mgh import PROBLEMS

for name, fun, x0, fstar in PROBLEMS:
    print(repr(float(np.sum(np.real(fun(np.array(x0, dtype=float))) ** 2))) + ",  // " + name)
