"""Moré–Garbow–Hillstrom (1981) test problems: residuals only, written so that they also accept complex
arguments, which gives exact derivatives by complex-step differentiation (J[:, j] = Im r(x + i·h·e_j) / h with
h = 1e-30, exact to rounding). The Java versions with hand-written Jacobians are in MghProblems.java; both list
the same problems in the same order with the same starting points and best known values f*.
"""
import numpy as np

PI = np.pi


def cabs(z):
    """|z| that keeps the complex-step perturbation (abs() would drop it)."""
    return np.where(np.real(z) < 0, -z, z)


def rosenbrock(x):
    return np.array([10 * (x[1] - x[0] ** 2), 1 - x[0]])


def freudenstein_roth(x):
    return np.array([-13 + x[0] + ((5 - x[1]) * x[1] - 2) * x[1], -29 + x[0] + ((x[1] + 1) * x[1] - 14) * x[1]])


def powell_badly_scaled(x):
    return np.array([1e4 * x[0] * x[1] - 1, np.exp(-x[0]) + np.exp(-x[1]) - 1.0001])


def brown_badly_scaled(x):
    return np.array([x[0] - 1e6, x[1] - 2e-6, x[0] * x[1] - 2])


def beale(x):
    y = np.array([1.5, 2.25, 2.625])
    i = np.arange(1, 4)
    return y - x[0] * (1 - x[1] ** i)


def jennrich_sampson(x):
    i = np.arange(1, 11)
    return 2 + 2 * i - (np.exp(i * x[0]) + np.exp(i * x[1]))


def helical_valley(x):
    theta = np.arctan(x[1] / x[0]) / (2 * PI) + (0.5 if np.real(x[0]) < 0 else 0.0)
    return np.array([10 * (x[2] - 10 * theta), 10 * (np.sqrt(x[0] ** 2 + x[1] ** 2) - 1), x[2]])


BARD_Y = np.array([0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39])


def bard(x):
    u = np.arange(1, 16, dtype=float)
    v = 16 - u
    w = np.minimum(u, v)
    return BARD_Y - (x[0] + u / (v * x[1] + w * x[2]))


GAUSSIAN_Y = np.array([0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521, 0.2420, 0.1295,
                       0.0540, 0.0175, 0.0044, 0.0009])


def gaussian(x):
    t = (8 - np.arange(1, 16)) / 2
    return x[0] * np.exp(-x[1] * (t - x[2]) ** 2 / 2) - GAUSSIAN_Y


MEYER_Y = np.array([34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005, 5147, 4427, 3820,
                    3307, 2872], dtype=float)


def meyer(x):
    t = 45 + 5 * np.arange(1, 17)
    return x[0] * np.exp(x[1] / (t + x[2])) - MEYER_Y


GULF_M = 99


def gulf(x):
    t = np.arange(1, GULF_M + 1) / 100
    y = 25 + (-50 * np.log(t)) ** (2 / 3)
    return np.exp(-cabs(y - x[1]) ** x[2] / x[0]) - t


def box3d(x):
    t = 0.1 * np.arange(1, 11)
    return np.exp(-t * x[0]) - np.exp(-t * x[1]) - x[2] * (np.exp(-t) - np.exp(-10 * t))


def powell_singular(x):
    return np.array([x[0] + 10 * x[1], np.sqrt(5) * (x[2] - x[3]), (x[1] - 2 * x[2]) ** 2,
                     np.sqrt(10) * (x[0] - x[3]) ** 2])


def wood(x):
    return np.array([10 * (x[1] - x[0] ** 2), 1 - x[0], np.sqrt(90) * (x[3] - x[2] ** 2), 1 - x[2],
                     np.sqrt(10) * (x[1] + x[3] - 2), (x[1] - x[3]) / np.sqrt(10)])


KO_Y = np.array([0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246])
KO_U = np.array([4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625])


def kowalik_osborne(x):
    return KO_Y - x[0] * (KO_U ** 2 + KO_U * x[1]) / (KO_U ** 2 + KO_U * x[2] + x[3])


def brown_dennis(x):
    t = np.arange(1, 21) / 5
    return (x[0] + t * x[1] - np.exp(t)) ** 2 + (x[2] + x[3] * np.sin(t) - np.cos(t)) ** 2


OSB1_Y = np.array([0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751, 0.718, 0.685,
                   0.658, 0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448,
                   0.438, 0.431, 0.424, 0.420, 0.414, 0.411, 0.406])


def osborne1(x):
    t = 10.0 * np.arange(33)
    return OSB1_Y - (x[0] + x[1] * np.exp(-t * x[3]) + x[2] * np.exp(-t * x[4]))


def biggs_exp6(x):
    t = 0.1 * np.arange(1, 14)
    y = np.exp(-t) - 5 * np.exp(-10 * t) + 3 * np.exp(-4 * t)
    return x[2] * np.exp(-t * x[0]) - x[3] * np.exp(-t * x[1]) + x[5] * np.exp(-t * x[4]) - y


OSB2_Y = np.array([1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725, 0.746, 0.679, 0.608,
                   0.655, 0.616, 0.606, 0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644, 0.624, 0.661,
                   0.612, 0.558, 0.533, 0.495, 0.500, 0.423, 0.395, 0.375, 0.372, 0.391, 0.396, 0.405, 0.428,
                   0.429, 0.523, 0.562, 0.607, 0.653, 0.672, 0.708, 0.633, 0.668, 0.645, 0.632, 0.591, 0.559,
                   0.597, 0.625, 0.739, 0.710, 0.729, 0.720, 0.636, 0.581, 0.428, 0.292, 0.162, 0.098, 0.054])


def osborne2(x):
    t = np.arange(65) / 10
    return OSB2_Y - (x[0] * np.exp(-t * x[4]) + x[1] * np.exp(-(t - x[8]) ** 2 * x[5])
                     + x[2] * np.exp(-(t - x[9]) ** 2 * x[6]) + x[3] * np.exp(-(t - x[10]) ** 2 * x[7]))


def watson(x):
    n = len(x)
    r = []
    for i in range(1, 30):
        t = i / 29
        s1 = sum((j - 1) * x[j - 1] * t ** (j - 2) for j in range(2, n + 1))
        s2 = sum(x[j - 1] * t ** (j - 1) for j in range(1, n + 1))
        r.append(s1 - s2 ** 2 - 1)
    r.append(x[0])
    r.append(x[1] - x[0] ** 2 - 1)
    return np.array(r)


def extended_rosenbrock(x):
    r = []
    for i in range(0, len(x), 2):
        r += [10 * (x[i + 1] - x[i] ** 2), 1 - x[i]]
    return np.array(r)


def extended_powell(x):
    r = []
    for i in range(0, len(x), 4):
        r += list(powell_singular(x[i:i + 4]))
    return np.array(r)


def penalty1(x):
    return np.concatenate([np.sqrt(1e-5) * (x - 1), [np.sum(x ** 2) - 0.25]])


def penalty2(x):
    n = len(x)
    a = np.sqrt(1e-5)
    r = [x[0] - 0.2]
    for i in range(2, n + 1):
        y = np.exp(i / 10) + np.exp((i - 1) / 10)
        r.append(a * (np.exp(x[i - 1] / 10) + np.exp(x[i - 2] / 10) - y))
    for i in range(n + 1, 2 * n):
        r.append(a * (np.exp(x[i - n] / 10) - np.exp(-1 / 10)))
    r.append(sum((n - j + 1) * x[j - 1] ** 2 for j in range(1, n + 1)) - 1)
    return np.array(r)


def variably_dimensioned(x):
    n = len(x)
    s = np.sum(np.arange(1, n + 1) * (x - 1))
    return np.concatenate([x - 1, [s, s ** 2]])


def trigonometric(x):
    n = len(x)
    i = np.arange(1, n + 1)
    return n - np.sum(np.cos(x)) + i * (1 - np.cos(x)) - np.sin(x)


def brown_almost_linear(x):
    n = len(x)
    r = x + np.sum(x) - (n + 1)
    r = r.astype(x.dtype)
    r[n - 1] = np.prod(x) - 1
    return r


def discrete_boundary(x):
    n = len(x)
    h = 1 / (n + 1)
    t = h * np.arange(1, n + 1)
    xp = np.concatenate([[0], x, [0]])
    return 2 * x - xp[:-2] - xp[2:] + h ** 2 * (x + t + 1) ** 3 / 2


def discrete_integral(x):
    n = len(x)
    h = 1 / (n + 1)
    t = h * np.arange(1, n + 1)
    c = (x + t + 1) ** 3
    r = []
    for i in range(n):
        r.append(x[i] + h * ((1 - t[i]) * np.sum(t[:i + 1] * c[:i + 1]) + t[i] * np.sum((1 - t[i + 1:]) * c[i + 1:]))
                 / 2)
    return np.array(r)


def broyden_tridiagonal(x):
    xp = np.concatenate([[0], x, [0]])
    return (3 - 2 * x) * x - xp[:-2] - 2 * xp[2:] + 1


def broyden_banded(x):
    n = len(x)
    r = []
    for i in range(n):
        s = sum(x[j] * (1 + x[j]) for j in range(max(0, i - 5), min(n, i + 2)) if j != i)
        r.append(x[i] * (2 + 5 * x[i] ** 2) + 1 - s)
    return np.array(r)


LIN_M = 10


def linear_full_rank(x):
    n = len(x)
    s = np.sum(x)
    r = [-2 * s / LIN_M - 1 + (x[i] if i < n else 0) for i in range(LIN_M)]
    return np.array(r)


def linear_rank1(x):
    s = np.sum(np.arange(1, len(x) + 1) * x)
    return np.array([i * s - 1 for i in range(1, LIN_M + 1)])


def linear_rank1_zero(x):
    n = len(x)
    s = np.sum(np.arange(2, n) * x[1:n - 1])
    return np.array([-1.0 + 0 * s] + [(i - 1) * s - 1 for i in range(2, LIN_M)] + [-1.0 + 0 * s])


def chebyquad(x):
    n = len(x)
    r = []
    y = 2 * x - 1
    t_prev, t = np.ones_like(x), y
    for i in range(1, n + 1):
        integral = 0.0 if i % 2 == 1 else -1 / (i * i - 1)
        r.append(np.mean(t) - integral)
        t_prev, t = t, 2 * y * t - t_prev
    return np.array(r)


def ones(n, v):
    return np.full(n, float(v))


# name, function, x0, f* (best known value of sum r_i^2, from the MGH paper; digits refined where noted in Java)
PROBLEMS = [
    ("Rosenbrock", rosenbrock, [-1.2, 1], 0.0),
    ("Freudenstein-Roth", freudenstein_roth, [0.5, -2], 0.0),
    ("Powell badly scaled", powell_badly_scaled, [0, 1], 0.0),
    ("Brown badly scaled", brown_badly_scaled, [1, 1], 0.0),
    ("Beale", beale, [1, 1], 0.0),
    ("Jennrich-Sampson", jennrich_sampson, [0.3, 0.4], 124.362182355615),
    ("Helical valley", helical_valley, [-1, 0, 0], 0.0),
    ("Bard", bard, [1, 1, 1], 8.21487730657897e-3),
    ("Gaussian", gaussian, [0.4, 1, 0], 1.12793276961912e-8),
    ("Meyer", meyer, [0.02, 4000, 250], 87.9458551718),
    ("Gulf", gulf, [5, 2.5, 0.15], 0.0),
    ("Box 3D", box3d, [0, 10, 20], 0.0),
    ("Powell singular", powell_singular, [3, -1, 0, 1], 0.0),
    ("Wood", wood, [-3, -1, -3, -1], 0.0),
    ("Kowalik-Osborne", kowalik_osborne, [0.25, 0.39, 0.415, 0.39], 3.07505603849e-4),
    ("Brown-Dennis", brown_dennis, [25, 5, -5, -1], 85822.2016263563),
    ("Osborne 1", osborne1, [0.5, 1.5, -1, 0.01, 0.02], 5.46489469748e-5),
    ("Biggs EXP6", biggs_exp6, [1, 2, 1, 1, 1, 1], 0.0),
    ("Osborne 2", osborne2, [1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5], 4.01377362935e-2),
    ("Watson n=6", watson, list(np.zeros(6)), 2.28767005355e-3),
    ("Watson n=9", watson, list(np.zeros(9)), 1.39976013809e-6),
    ("Extended Rosenbrock n=10", extended_rosenbrock, [-1.2, 1] * 5, 0.0),
    ("Extended Powell n=12", extended_powell, [3, -1, 0, 1] * 3, 0.0),
    ("Penalty I n=10", penalty1, list(np.arange(1, 11, dtype=float)), 7.08765146709e-5),
    ("Penalty II n=10", penalty2, list(ones(10, 0.5)), 2.93660537e-4),
    ("Variably dimensioned n=10", variably_dimensioned, [1 - j / 10 for j in range(1, 11)], 0.0),
    ("Trigonometric n=10", trigonometric, list(ones(10, 0.1)), 0.0),
    ("Brown almost-linear n=10", brown_almost_linear, list(ones(10, 0.5)), 0.0),
    ("Discrete boundary value n=10", discrete_boundary, [t * (t - 1) for t in np.arange(1, 11) / 11], 0.0),
    ("Discrete integral equation n=10", discrete_integral, [t * (t - 1) for t in np.arange(1, 11) / 11], 0.0),
    ("Broyden tridiagonal n=10", broyden_tridiagonal, list(ones(10, -1)), 0.0),
    ("Broyden banded n=10", broyden_banded, list(ones(10, -1)), 0.0),
    ("Linear full rank n=5 m=10", linear_full_rank, list(ones(5, 1)), 5.0),
    ("Linear rank 1 n=5 m=10", linear_rank1, list(ones(5, 1)), 10 * 9 / (2 * 21)),
    ("Linear rank 1 zero columns n=5 m=10", linear_rank1_zero, list(ones(5, 1)), (100 + 30 - 6) / (2 * 17)),
    ("Chebyquad n=8", chebyquad, [j / 9 for j in range(1, 9)], 3.51687372568e-3),
]


def jacobian(fun, x):
    x = np.asarray(x, dtype=float)
    h = 1e-30
    cols = []
    for j in range(len(x)):
        xc = x.astype(complex)
        xc[j] += 1j * h
        cols.append(np.imag(fun(xc)) / h)
    return np.array(cols).T


def solved(f, fstar):
    """The definition shared with MghTest.java."""
    return abs(f - fstar) <= 1e-6 * max(1.0, abs(fstar)) + 1e-10
