#!/usr/bin/python3
"""Chebyshev coefficients of the smooth factors that dev.nabla.SpecialFunctions evaluates, from mpmath at 50 digits.

Each factor is expanded on [a, b] in Chebyshev polynomials of u = (2t - a - b) / (b - a), with as many terms as
bring the last coefficients under 1e-19 of the factor's size; the Java code sums them with Clenshaw's recurrence.

Run:    /usr/bin/python3 scripts/special_functions.py
It prints the Java array constants pasted into runtime/src/main/java/dev/nabla/SpecialFunctions.java.
"""

from mpmath import mp, mpf, cos, pi, erfc, exp, loggamma, digamma, findroot

mp.dps = 50
NODES = 80


def chebyshev(f, a, b):
    """The Chebyshev coefficients of f on [a, b] (c[0] halved), cut where they stay below 1e-19 of the largest."""
    a, b = mpf(a), mpf(b)
    values = []
    for j in range(NODES):
        u = cos(pi * (j + mpf(1) / 2) / NODES)
        values.append(f((b - a) / 2 * u + (a + b) / 2))
    c = []
    for k in range(NODES):
        s = sum(values[j] * cos(pi * k * (j + mpf(1) / 2) / NODES) for j in range(NODES))
        c.append(2 * s / NODES)
    c[0] /= 2
    scale = max(abs(x) for x in c)
    n = NODES
    while abs(c[n - 1]) < scale * mpf('1e-19'):
        n -= 1
    return c[:n]


def emit(name, comment, c):
    print('  /** ' + comment + ' */')
    print('  private static final double[] ' + name + ' = {')
    words = [mp.nstr(x, 20, min_fixed=1, max_fixed=0) for x in c]
    line = '     '
    for w in words:
        if len(line) + len(w) + 2 > 118:
            print(line.rstrip())
            line = '     '
        line += ' ' + w + ','
    print(line.rstrip().rstrip(',') + '};')


def erfc_factor(t):
    x = 1 / t
    return x * exp(x * x) * erfc(x)


for i, (lo, hi) in enumerate([(0.5, 1), (1, 2), (2, 4), (4, 8), (8, 28)]):
    emit('ERFC_' + str(i), 'x·exp(x²)·erfc(x) for x in [%g, %g], in t = 1/x.' % (lo, hi),
         chebyshev(erfc_factor, mpf(1) / hi, mpf(1) / lo))

emit('LOG_GAMMA_NEAR_ONE', 'logGamma(1 + e)/e for e in [-0.5, 0.5].',
     chebyshev(lambda e: loggamma(1 + e) / e if e != 0 else -mp.euler, -0.5, 0.5))
emit('LOG_GAMMA_NEAR_TWO', 'logGamma(2 + e)/e for e in [-0.5, 0.5].',
     chebyshev(lambda e: loggamma(2 + e) / e if e != 0 else 1 - mp.euler, -0.5, 0.5))

root = findroot(digamma, 1.46)
hi = mpf(float(root))
lo = mpf(float(root - hi))
print('  // the positive root of digamma, ' + mp.nstr(root, 40) + ', as a sum of two doubles')
print('  private static final double DIGAMMA_ROOT = ' + repr(float(hi)) + ';')
print('  private static final double DIGAMMA_ROOT_LOW = ' + repr(float(lo)) + ';')
emit('DIGAMMA_NEAR_ROOT', 'digamma(x)/(x - root) for x in [1, 2].',
     chebyshev(lambda x: digamma(x) / (x - root) if abs(x - root) > mpf('1e-30')
               else mp.polygamma(1, root), 1, 2))
