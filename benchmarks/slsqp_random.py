"""scipy's SLSQP (exact gradients, default options) on random smooth constrained problems, for SqpAgreement.

Usage: /usr/bin/python3 benchmarks/slsqp_random.py <first seed> <end seed> > problems.txt
then:  java -cp benchmarks/target/benchmarks.jar dev.nabla.bench.SqpAgreement problems.txt

Problem `seed` has n in [2, 6] variables, f(x) = sum_i q_i (x_i - t_i)^2 + 0.1 s_i (x_i^2 - t_i)^2 (non-convex
when t_i > 0), k in [0, 4] constraints c_j(x) = sum_i A_ji x_i + B_ji x_i^2, each an equality, a lower side, an
upper side or both, with sides drawn around c(x0), and random bounds on about a third of the variables. Every sum is
written out in a fixed order (no numpy reductions), so that SqpAgreement evaluates the same floating-point numbers.
Constraints are passed as nabla's Sqp lays out its rows: equalities first, then each component's lower side and its
upper side. Each problem is 13 lines: `seed n k status nit nfev fun seconds` (the time of minimize), then q, t, s, r (unused), A, B, kinds
(0 equal, 1 lower, 2 upper, 3 both), lower sides, upper sides, lower bounds, upper bounds, x0.
"""
import sys
import time

import numpy as np
from scipy.optimize import minimize


def problem(seed):
    rs = np.random.RandomState(seed)
    n = rs.randint(2, 7)
    k = rs.randint(0, 5)
    q = rs.uniform(0.1, 3, n)
    t = rs.normal(0, 2, n)
    s = rs.uniform(0, 1, n)
    r = rs.uniform(0, 0.5)
    a = rs.normal(0, 1, (k, n))
    b = rs.normal(0, 0.5, (k, n)) * (rs.uniform(size=(k, n)) < 0.5)
    kinds = rs.randint(0, 4, k)
    x0 = rs.normal(0, 2, n)
    c0 = a @ x0 + b @ (x0 ** 2)
    lower = np.full(k, -np.inf)
    upper = np.full(k, np.inf)
    for j in range(k):
        shift = rs.normal(0, 2)
        if kinds[j] == 0:
            lower[j] = upper[j] = c0[j] + shift
        elif kinds[j] == 1:
            lower[j] = c0[j] + shift
        elif kinds[j] == 2:
            upper[j] = c0[j] + shift
        else:
            lower[j] = c0[j] + shift
            upper[j] = lower[j] + rs.uniform(0.1, 3)
    lower_bounds = np.where(rs.uniform(size=n) < 0.3, t - rs.uniform(0, 3, n), -np.inf)
    upper_bounds = np.where(rs.uniform(size=n) < 0.3, t + rs.uniform(0, 3, n), np.inf)
    return n, k, q, t, s, r, a, b, kinds, lower, upper, lower_bounds, upper_bounds, x0


def solve(n, k, q, t, s, a, b, kinds, lower, upper, lower_bounds, upper_bounds, x0):
    def f(x):
        v = 0.0
        for i in range(n):
            w = x[i] * x[i] - t[i]
            v = v + q[i] * (x[i] - t[i]) * (x[i] - t[i]) + s[i] * 0.1 * w * w
        return v

    def g(x):
        return np.array([2 * q[i] * (x[i] - t[i]) + s[i] * 0.1 * 4 * x[i] * (x[i] * x[i] - t[i]) for i in range(n)])

    def c(x):
        values = []
        for j in range(k):
            v = 0.0
            for i in range(n):
                v = v + a[j, i] * x[i] + b[j, i] * x[i] * x[i]
            values.append(v)
        return np.array(values)

    def jac(x):
        return np.array([[a[j, i] + 2 * b[j, i] * x[i] for i in range(n)] for j in range(k)]).reshape(k, n)

    equal = [j for j in range(k) if kinds[j] == 0]
    rows = []
    for j in range(k):
        if kinds[j] != 0:
            if np.isfinite(lower[j]):
                rows.append((1.0, j, lower[j]))
            if np.isfinite(upper[j]):
                rows.append((-1.0, j, upper[j]))
    constraints = []
    if equal:
        constraints.append({'type': 'eq', 'fun': lambda x: c(x)[equal] - lower[equal],
                            'jac': lambda x: jac(x)[equal]})
    if rows:
        sign = np.array([row[0] for row in rows])
        index = [row[1] for row in rows]
        side = np.array([row[2] for row in rows])
        constraints.append({'type': 'ineq', 'fun': lambda x: sign * (c(x)[index] - side),
                            'jac': lambda x: sign[:, None] * jac(x)[index]})
    bounds = [(None if not np.isfinite(lo) else lo, None if not np.isfinite(up) else up)
              for lo, up in zip(lower_bounds, upper_bounds)]
    return minimize(f, x0, jac=g, method='SLSQP', constraints=constraints, bounds=bounds)


def line(values):
    return ' '.join(repr(float(v)) for v in np.ravel(values))


def main():
    for seed in range(int(sys.argv[1]), int(sys.argv[2])):
        n, k, q, t, s, r, a, b, kinds, lower, upper, lower_bounds, upper_bounds, x0 = problem(seed)
        start = time.perf_counter()
        result = solve(n, k, q, t, s, a, b, kinds, lower, upper, lower_bounds, upper_bounds, x0)
        seconds = time.perf_counter() - start
        print(seed, n, k, result.status, result.nit, result.nfev, repr(float(result.fun)), seconds)
        for values in [q, t, s, [r], a, b, kinds, lower, upper, lower_bounds, upper_bounds, x0]:
            print(line(values))


if __name__ == '__main__':
    main()
