"""scipy's SLSQP and trust-constr on the Hock-Schittkowski set of hs_problems.py, the problems HsRace solves with Sqp.

Gradients and constraint Jacobians are exact: sympy differentiates the definitions and lambdify compiles them.
Both methods run with scipy's default options from the published x0 (trust-constr: the objective's Hessian by
scipy's BFGS, the constraints' by its default BFGS too).

Usage:
  scipy_sqp.py run <warm-up seconds per problem> <repetitions>
      prints, per problem and method: sqp <method> <problem> <f> <violation> <objective evaluations> <iterations>
      <median us per solve> <message>
  scipy_sqp.py values
      prints the number of inequalities, f*, the bounds and x*, and x, f, c, the gradient and the Jacobian (row by
      row) at x0 and at a fixed pseudo-random point near it,
      for HsDefinitionsTest (src/test/resources/dev/nabla/bench/hs/values.txt)
"""
import math
import sys
import warnings

import numpy as np
import sympy
from scipy.optimize import BFGS, Bounds, NonlinearConstraint, minimize

from hs_problems import PROBLEMS
from timing import median_time


class Compiled:
    """One problem with its exact derivatives, compiled to plain Python by sympy."""

    def __init__(self, problem):
        self.problem = problem
        n = len(problem.x0)
        xs = sympy.symbols("x0:%d" % n)
        f = problem.f(xs, sympy)
        c = problem.c(xs, sympy)
        self.m = len(c)
        self.f = sympy.lambdify([xs], f, "math", cse=True)
        self.grad = sympy.lambdify([xs], [sympy.diff(f, v) for v in xs], "math", cse=True)
        self.c = sympy.lambdify([xs], c, "math", cse=True)
        self.jac = sympy.lambdify([xs], [[sympy.diff(ci, v) for v in xs] for ci in c], "math", cse=True)
        inf = np.full(n, np.inf)
        self.lower = np.array(problem.lower, float) if problem.lower else -inf
        self.upper = np.array(problem.upper, float) if problem.upper else inf

    def fun(self, x):
        try:
            return self.f(x)
        except ValueError:  # a logarithm or root of a negative number: NaN, as Java's Math gives
            return math.nan

    def gradient(self, x):
        return np.array(self.grad(x), float)

    def constraints(self, x):
        return np.array(self.c(x), float)

    def jacobian(self, x):
        return np.array(self.jac(x), float).reshape(self.m, len(x))

    def violation(self, x):
        """The largest violation of a constraint or a bound at x, as OptimizationResult.constraintViolation()."""
        c = self.constraints(x)
        k = self.problem.ineq
        v = max([0.0] + list(-c[:k]) + list(np.abs(c[k:])))
        return max(v, float(np.max(self.lower - x, initial=0)), float(np.max(x - self.upper, initial=0)))

    def bounds(self):
        if np.all(np.isinf(self.lower)) and np.all(np.isinf(self.upper)):
            return None
        return Bounds(self.lower, self.upper)

    def slsqp(self):
        k = self.problem.ineq
        cons = []
        if k > 0:
            cons.append({"type": "ineq", "fun": lambda x: self.constraints(x)[:k],
                         "jac": lambda x: self.jacobian(x)[:k]})
        if k < self.m:
            cons.append({"type": "eq", "fun": lambda x: self.constraints(x)[k:],
                         "jac": lambda x: self.jacobian(x)[k:]})
        return minimize(self.fun, np.array(self.problem.x0, float), jac=self.gradient, method="SLSQP",
                        bounds=self.bounds(), constraints=cons)

    def trust_constr(self):
        k = self.problem.ineq
        lower = np.zeros(self.m)
        upper = np.zeros(self.m)
        upper[:k] = np.inf
        cons = NonlinearConstraint(self.constraints, lower, upper, jac=self.jacobian)
        return minimize(self.fun, np.array(self.problem.x0, float), jac=self.gradient, hess=BFGS(),
                        method="trust-constr", bounds=self.bounds(), constraints=[cons])


def run(warmup, reps):
    warnings.simplefilter("ignore")
    for p in PROBLEMS:
        compiled = Compiled(p)
        for method, solve in (("slsqp", compiled.slsqp), ("trust-constr", compiled.trust_constr)):
            res, micros = median_time(solve, warmup, reps)
            print("sqp %s %s %.17g %.3g %d %d %.1f %s" % (
                method, p.name, res.fun, compiled.violation(res.x), res.nfev, res.nit, micros,
                str(res.message).replace(" ", "_")), flush=True)


def random_point(p):
    """A point near x0 from a generator seeded with the problem's number, the same on every run."""
    rng = np.random.default_rng(p.number)
    x0 = np.array(p.x0, float)
    return x0 + 0.1 * (1 + np.abs(x0)) * rng.uniform(-1, 1, len(x0))


def values():
    for p in PROBLEMS:
        compiled = Compiled(p)
        print("values %s data ineq %d" % (p.name, p.ineq))
        print("values %s data fstar %r" % (p.name, float(p.fstar)))
        for label, v in (("lower", compiled.lower), ("upper", compiled.upper), ("xstar", p.xstar)):
            print("values %s data %s %s" % (p.name, label, " ".join(repr(float(x)) for x in v)))
        points = [("x0", np.array(p.x0, float)), ("random", random_point(p))]
        for label, x in points:
            print("values %s %s x %s" % (p.name, label, " ".join(repr(float(v)) for v in x)))
            print("values %s %s f %r" % (p.name, label, float(p.f(x, math))))
            print("values %s %s c %s" % (p.name, label, " ".join(repr(float(v)) for v in p.c(x, math))))
            print("values %s %s g %s" % (p.name, label, " ".join(repr(float(v)) for v in compiled.gradient(x))))
            print("values %s %s J %s" % (p.name, label, " ".join(repr(float(v)) for v in compiled.jacobian(x).flat)))


def main():
    if sys.argv[1] == "run":
        run(float(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1] == "values":
        values()
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
