"""scipy 1.10's SLSQP on the sample app's three constrained examples, with the data the Java examples build.

Usage: /usr/bin/python3 sample-app/references/constrained.py
Prints the references that PortfolioExample, RocketExample and InterceptExample paste.
"""
import numpy as np
from scipy.optimize import minimize

# ---- portfolio: min wᵀΣw  s.t.  Σw ≤ 1 (capital), μᵀw ≥ r (target return), w ≥ 0 (no short selling)
MU = np.array([0.05, 0.07, 0.09, 0.11, 0.13, 0.16])
SIGMA = np.array([0.08, 0.12, 0.15, 0.20, 0.25, 0.32])


def covariance():
    n = len(MU)
    cov = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            rho = 1.0 if i == j else 0.2 + 0.1 * ((i + j) % 3)
            cov[i, j] = rho * SIGMA[i] * SIGMA[j]
    return cov


def portfolio():
    cov = covariance()
    n = len(MU)
    targets = [0.06 + 0.01 * k for k in range(11)]
    print("portfolio: target, variance, weights, nfev")
    for r in targets:
        cons = [{"type": "ineq", "fun": lambda w: 1 - w.sum(), "jac": lambda w: -np.ones(n)},
                {"type": "ineq", "fun": lambda w, r=r: MU @ w - r, "jac": lambda w: MU}]
        res = minimize(lambda w: (w @ cov @ w, 2 * cov @ w), np.full(n, 1.0 / n), jac=True, method="SLSQP",
                       constraints=cons, bounds=[(0, None)] * n, options={"ftol": 1e-12, "maxiter": 500})
        print(f"{r:.2f} {res.fun!r} {list(map(float, res.x))} {res.nfev} {res.message}")


# ---- rocket: Goddard's rocket, N thrust levels over fixed time, max final altitude under a fuel limit
N, T = 50, 0.2
DT = T / N
C, D0, BETA, UMAX, FUEL = 0.5, 310.0, 500.0, 3.5, 0.4


def altitude(u):
    import torch
    h = torch.tensor(1.0, dtype=torch.float64)
    v = torch.tensor(0.0, dtype=torch.float64)
    m = torch.tensor(1.0, dtype=torch.float64)
    for k in range(N):
        drag = D0 * v * v * torch.exp(-BETA * (h - 1))
        a = (u[k] - drag) / m - 1 / (h * h)
        h = h + DT * v
        v = v + DT * a
        m = m - DT * u[k] / C
    return h


def rocket():
    import torch

    def f(x):
        u = torch.tensor(x, dtype=torch.float64, requires_grad=True)
        h = altitude(u)
        h.backward()
        return -h.item(), -u.grad.numpy().copy()

    cons = [{"type": "ineq", "fun": lambda u: FUEL - DT * u.sum() / C, "jac": lambda u: -np.full(N, DT / C)}]
    res = minimize(f, np.full(N, 1.0), jac=True, method="SLSQP", constraints=cons, bounds=[(0, UMAX)] * N,
                   options={"ftol": 1e-12, "maxiter": 1000})
    print("rocket: altitude, thrust, nfev, nit")
    print(repr(-res.fun), list(map(float, res.x)), res.nfev, res.nit, res.message)


# ---- regression whose intercept must stay non-negative
M = 40


def data():
    t = np.array([0.5 + 3.5 * i / (M - 1) for i in range(M)])
    noise = np.array([0.3 * np.sin(12.9898 * i + 78.233) for i in range(M)])
    return t, -0.4 + 0.9 * t + noise


def intercept():
    t, b = data()
    a = np.stack([np.ones(M), t], axis=1)
    f = lambda th: (np.sum((a @ th - b) ** 2), 2 * a.T @ (a @ th - b))
    res = minimize(f, np.zeros(2), jac=True, method="SLSQP", bounds=[(0, None), (None, None)],
                   options={"ftol": 1e-14})
    free = np.linalg.lstsq(a, b, rcond=None)[0]
    print("intercept: unconstrained", list(map(float, free)), "constrained", repr(res.fun), list(map(float, res.x)),
          res.nfev, res.message)


portfolio()
rocket()
intercept()
