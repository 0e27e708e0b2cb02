"""Measures scipy's L-BFGS-B on the lecture notes' equation 2.17 (rerun: /usr/bin/python3 lbfgsb_eq217.py).

f(x) = sum_{i=0}^{49} [0.1 (x_i - (i+1))^2 + sin(x_i) cos(x_{(i+1) mod 50}) + exp(-x_i^2)],
bounds x_i <= 1 for i < 10 and x_i <= 20 otherwise (no lower bounds), x0 = 0.5 * ones, exact gradient.
The figures are recorded in LbfgsBoundedTest.java.
"""
import numpy as np
import scipy
from scipy.optimize import minimize

N = 50


def f_and_grad(x):
    xn = np.roll(x, -1)  # x_{(i+1) mod 50}
    f = np.sum(0.1 * (x - np.arange(1, N + 1)) ** 2 + np.sin(x) * np.cos(xn) + np.exp(-x ** 2))
    g = 0.2 * (x - np.arange(1, N + 1)) + np.cos(x) * np.cos(xn) - 2 * x * np.exp(-x ** 2)
    # d/dx_j of sin(x_{j-1}) cos(x_j)
    g += -np.sin(np.roll(x, 1)) * np.sin(x)
    return f, g


if __name__ == "__main__":
    bounds = [(None, 1.0)] * 10 + [(None, 20.0)] * 40
    res = minimize(f_and_grad, 0.5 * np.ones(N), jac=True, method="L-BFGS-B", bounds=bounds)
    np.set_printoptions(precision=17, linewidth=100000)
    print("scipy", scipy.__version__)
    print("nfev", res.nfev, "nit", res.nit, "status", res.status, res.message)
    print("f", repr(res.fun))
    print("x", ", ".join(repr(float(v)) for v in res.x))
