#!/usr/bin/python3
"""Reference values for SpecialFunctionsTest: each function at its hard points (far tails, near roots, negative
arguments), from mpmath at 60 digits, rounded once to double.

Run:    /usr/bin/python3 scripts/special_functions_oracle.py > runtime/src/test/resources/special-functions-reference.csv
It prints one row function,x,value per point (mvn does not run this script).
"""

from mpmath import mp, mpf, erf, erfc, ncdf, npdf, log, log1p, exp, gamma, loggamma, digamma, polygamma, findroot

mp.dps = 60


def quantile(p):
    p = mpf(p)
    if p > mpf(1) / 2:
        return -quantile(1 - p)
    return findroot(lambda t: log(ncdf(t)) - log(p), -(-2 * log(p)) ** mpf(0.5))


FUNCTIONS = {
    'erf': (erf, ['1e-300', '1e-8', '0.4999', '0.5', '0.84375', '1.25', '2.5', '5.9', '-3.3']),
    'erfc': (erfc, ['0.3', '0.5', '0.9', '1.7', '3.5', '7.3', '10', '15.5', '20', '26', '26.5', '27.2', '-1.5',
                    '-7']),
    'normalCdf': (ncdf, ['-0.3', '-0.8', '-1.5', '-3', '-8', '-10', '-20', '-30', '-37', '-38', '-38.4', '2.5',
                         '9']),
    'normalPdf': (npdf, ['0.7', '-5', '12.3', '30', '-37', '38.5']),
    'normalQuantile': (quantile, ['1e-300', '1e-200', '1e-100', '1e-30', '1e-10', '0.001', '0.2', '0.3', '0.4999',
                                  '0.6', '0.975', '0.9999999', '4.9e-324', '2.2250738585072014e-308']),
    'logGamma': (lambda x: log(abs(gamma(x))) if x < 1e4 else loggamma(x),
                 ['1e-300', '1e-8', '0.3', '0.9999999', '1.0000001', '1.4616321449683622', '1.9999999',
                  '2.0000001', '2.5', '7.7', '12', '100.5', '1e15', '1e300', '-0.5', '-2.7', '-10.3', '-100.25']),
    'digamma': (digamma, ['1e-300', '1e-5', '0.3', '1.4616321449683622', '1.46163', '1.47', '2', '2.0001', '5.5',
                          '11.9', '12', '1e10', '-0.5', '-2.7', '-10.3', '-100.25']),
    'trigamma': (lambda x: polygamma(1, x), ['1e-300', '1e-5', '0.3', '1.5', '11.9', '12', '1e10', '-0.5', '-2.7',
                                             '-10.3']),
    'tetragamma': (lambda x: polygamma(2, x), ['1e-100', '1e-5', '0.3', '1.5', '11.9', '12', '1e10', '-0.5', '-2.7',
                                               '-10.3']),
    'logistic': (lambda x: 1 / (1 + exp(-x)), ['-750', '-745', '-700', '-40', '-1e-3', '0', '0.5', '36', '40',
                                               '750']),
    'softplus': (lambda x: log1p(exp(x)), ['-750', '-745', '-700', '-40', '-1e-3', '0', '0.5', '36', '40', '750']),
}



def java(v):
    return 'Infinity' if v == float('inf') else repr(v)


for name, (f, points) in FUNCTIONS.items():
    for p in points:
        x = float(p)
        print('%s,%r,%s' % (name, x, java(float(f(mpf(x))))))
