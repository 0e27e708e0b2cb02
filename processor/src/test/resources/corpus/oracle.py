#!/usr/bin/python3
"""Independent oracle for CorpusTest: each corpus function transcribed to Python and evaluated with mpmath.

Every transcription follows the Java source line by line (same branches, loops and constants) but computes in
40-digit arithmetic; gradients and Jacobians come from mpmath.diff of the transcription, so they owe nothing to
nabla, to javac or to finite differences in double precision. Where the Java code calls a library function whose
code is not in the corpus (Hipparchus Erf.erf and erfc, NormalDistribution, Beta.regularizedBeta, Beta.logBeta,
Strata's normal distribution object), approximates a function to about 1e-16 (finmath's Wichura AS241 inverse
normal) or solves an equation to round-off (Gaia Sky's Kepler solver), the transcription uses the mathematical
function itself. What a call holds constant (an instance method's receiver, an enum constant, an object argument)
is bound in the table and printed with each point as the Java that makes it (on(...), with(...), made(...)).

Run:    /usr/bin/python3 processor/src/test/resources/corpus/oracle.py
It prints one Java row per point, pasted into CorpusOracle.ROWS (mvn does not run this script).
"""

from mpmath import mp, mpf

mp.dps = 40
PI = mp.pi


def deg(r):
    return r * 180 / PI


def rad(d):
    return d * PI / 180


# --- geodesy/DistanceUtils.java (spatial4j) ---------------------------------------------------------------------

def distHaversineRAD(lat1, lon1, lat2, lon2):
    if lat1 == lat2 and lon1 == lon2:
        return mpf(0)
    hsinX = mp.sin((lon1 - lon2) * 0.5)
    hsinY = mp.sin((lat1 - lat2) * 0.5)
    h = hsinY * hsinY + (mp.cos(lat1) * mp.cos(lat2) * hsinX * hsinX)
    if h > 1:
        h = mpf(1)
    return 2 * mp.atan2(mp.sqrt(h), mp.sqrt(1 - h))


def vectorDistance(*p):  # vec1, vec2 (of equal length), power, oneOverPower, flattened
    n = (len(p) - 2) // 2
    vec1, vec2, power, oneOverPower = p[:n], p[n:2 * n], p[2 * n], p[2 * n + 1]
    result = mpf(0)
    if power == 0:
        for i in range(n):
            result += 0 if vec1[i] - vec2[i] == 0 else 1
    elif power == 1:
        for i in range(n):
            result += abs(vec1[i] - vec2[i])
    elif power == 2:
        result = mp.sqrt(sum((vec1[i] - vec2[i]) ** 2 for i in range(n)))
    elif power == 2147483647 or mp.isinf(power):
        for i in range(n):
            result = max(result, max(vec1[i], vec2[i]))
    else:
        for i in range(n):
            result += mp.power(vec1[i] - vec2[i], power)
        result = mp.power(result, oneOverPower)
    return result


def distVincentyRAD(lat1, lon1, lat2, lon2):
    if lat1 == lat2 and lon1 == lon2:
        return mpf(0)
    cosLat1, cosLat2 = mp.cos(lat1), mp.cos(lat2)
    sinLat1, sinLat2 = mp.sin(lat1), mp.sin(lat2)
    dLon = lon2 - lon1
    cosDLon, sinDLon = mp.cos(dLon), mp.sin(dLon)
    a = cosLat2 * sinDLon
    b = cosLat1 * sinLat2 - sinLat1 * cosLat2 * cosDLon
    c = sinLat1 * sinLat2 + cosLat1 * cosLat2 * cosDLon
    return mp.atan2(mp.sqrt(a * a + b * b), c)


def calcBoxByDistFromPt_deltaLonDEG(lat, lon, distDEG):
    if distDEG == 0:
        return mpf(0)
    result_rad = mp.asin(mp.sin(rad(distDEG)) / mp.cos(rad(lat)))
    return deg(result_rad)


# --- geodesy/GeoMath.java (GeographicLib) -----------------------------------------------------------------------

def geo_hypot(x, y):
    x, y = abs(x), abs(y)
    a = max(x, y)
    b = min(x, y) / (a if a != 0 else 1)
    return a * mp.sqrt(1 + b * b)


def geo_atanh(x):
    y = abs(x)
    y = mp.log1p(2 * y / (1 - y)) / 2
    return -y if x < 0 else y


def geo_cbrt(x):
    y = mp.power(abs(x), mpf(1) / 3)
    return -y if x < 0 else y


def AngRound(x):
    z = mpf(1) / 16
    if x == 0:
        return mpf(0)
    y = abs(x)
    y = z - (z - y) if y < z else y
    return -y if x < 0 else y


def AngNormalize(x):
    x = mp.fmod(x, 360)
    return x + 360 if x < -180 else (x if x < 180 else x - 360)


def atan2d(y, x):
    q = 0
    if abs(y) > abs(x):
        x, y = y, x
        q = 2
    if x < 0:
        x = -x
        q += 1
    ang = deg(mp.atan2(y, x))
    if q == 1:
        ang = (180 if y > 0 else -180) - ang
    elif q == 2:
        ang = 90 - ang
    elif q == 3:
        ang = -90 + ang
    return ang


# --- geometry/Maths.java (JAMA) ---------------------------------------------------------------------------------

def jama_hypot(a, b):
    if abs(a) > abs(b):
        r = b / a
        return abs(a) * mp.sqrt(1 + r * r)
    if b != 0:
        r = a / b
        return abs(b) * mp.sqrt(1 + r * r)
    return mpf(0)


# --- ml/Softmax.java (m2cgen) -----------------------------------------------------------------------------------

def softmax(*x):
    m = max(x)
    e = [mp.exp(v - m) for v in x]
    s = sum(e)
    return [v / s for v in e]


# --- orbital: Gaia Sky (Anomalies, KeplerSolver, MathUtilsDouble) and Orekit (KeplerianAnomalyUtility) ----------

def normalizeAngle(a, center):  # MathUtilsDouble and Hipparchus MathUtils: the same formula
    return a - 2 * PI * mp.floor((a + PI - center) / (2 * PI))


def true2ecc(v, ecc):
    x = normalizeAngle(v, PI)
    eA = 2 * mp.atan(mp.sqrt((1 - ecc) / (1 + ecc)) * mp.tan(v / 2))
    if eA < 0:
        eA += 2 * PI
    return eA + (v - x)


def meanAnom(eA, ecc):
    x = normalizeAngle(eA, PI)
    return (x - ecc * mp.sin(x)) + (eA - x)


KEPLER_K1, KEPLER_K2, KEPLER_K3 = 3 * PI + 2, PI - 1, 6 * PI - 1
KEPLER_A = 3 * KEPLER_K2 * KEPLER_K2 / KEPLER_K1
KEPLER_B = KEPLER_K3 * KEPLER_K3 / (6 * KEPLER_K1)


def eMeSinE(e, E):
    x = (1 - e) * mp.sin(E)
    mE2 = -E * E
    term = E
    d = mpf(0)
    x0 = None
    while x != x0:
        d += 2
        term *= mE2 / (d * (d + 1))
        x0 = x
        x = x - term
    return x


def ellipticMeanToEccentric(e, M):
    reducedM = normalizeAngle(M, 0)
    if abs(reducedM) < mpf(1) / 6:
        E = reducedM + e * (mp.cbrt(6 * reducedM) - reducedM)
    elif reducedM < 0:
        w = PI + reducedM
        E = reducedM + e * (KEPLER_A * w / (KEPLER_B - w) - PI - reducedM)
    else:
        w = PI - reducedM
        E = reducedM + e * (PI - KEPLER_A * w / (KEPLER_B - w) - reducedM)
    e1 = 1 - e
    noCancellationRisk = (e1 + E * E / 6) >= 0.1
    for _ in range(2):
        fdd = e * mp.sin(E)
        fddd = e * mp.cos(E)
        if noCancellationRisk:
            f = (E - fdd) - reducedM
            fd = 1 - fddd
        else:
            f = eMeSinE(e, E) - reducedM
            s = mp.sin(0.5 * E)
            fd = e1 + 2 * e * s * s
        dee = f * fd / (0.5 * f * fdd - fd * fd)
        w = fd + 0.5 * dee * (fdd + dee * fddd / 3)
        fd += dee * (fdd + 0.5 * dee * fddd)
        E -= (f - dee * (fd - w)) / fd
    return E + (M - reducedM)


def ellipticEccentricToTrue(e, E):
    beta = e / (1 + mp.sqrt((1 - e) * (1 + e)))
    return E + 2 * mp.atan(beta * mp.sin(E) / (1 - beta * mp.cos(E)))


def ellipticMeanToTrue(e, M):
    return ellipticEccentricToTrue(e, ellipticMeanToEccentric(e, M))


def ellipticEccentricToMean(e, E):
    return E - e * mp.sin(E)


def hyperbolicEccentricToTrue(e, H):
    return 2 * mp.atan(mp.sqrt((e + 1) / (e - 1)) * mp.tanh(0.5 * H))


def hyperbolicEccentricToMean(e, H):
    return e * mp.sinh(H) - H


# --- pricing/AnalyticFormulas.java (finmath) --------------------------------------------------------------------

def sabrHagan(alpha, beta, rho, nu, underlying, strike, maturity):
    displacement = 0
    underlying += displacement
    strike += displacement
    if abs(underlying - strike) < 0.0001 * (1 + abs(underlying)):
        term1 = alpha / mp.power(underlying, 1 - beta)
        term2 = (mp.power(1 - beta, 2) / 24 * mp.power(alpha, 2) / mp.power(underlying, 2 * (1 - beta))
                 + rho * beta * alpha * nu / (4 * mp.power(underlying, 1 - beta)) + (2 - 3 * rho * rho) * nu * nu / 24)
        return term1 * (1 + term2 * maturity)
    fk = underlying * strike
    z = nu / alpha * mp.power(fk, (1 - beta) / 2) * mp.log(underlying / strike)
    x = mp.log((mp.sqrt(1 - 2 * rho * z + z * z) + z - rho) / (1 - rho))
    lfk = mp.log(underlying / strike)
    term1 = alpha / mp.power(fk, (1 - beta) / 2) / (
        1 + mp.power(1 - beta, 2) / 24 * lfk ** 2 + mp.power(1 - beta, 4) / 1920 * lfk ** 4)
    term2 = 1 if abs(x - z) < mpf('1e-10') else z / x
    term3 = 1 + (mp.power(1 - beta, 2) / 24 * alpha ** 2 / mp.power(fk, 1 - beta)
                 + rho * beta * nu * alpha / 4 / mp.power(fk, (1 - beta) / 2)
                 + (2 - 3 * rho * rho) / 24 * nu * nu) * maturity
    return term1 * term2 * term3


def sabrBerestycki(alpha, beta, rho, nu, displacement, underlying, strike, maturity):
    underlying += displacement
    strike += displacement
    avg = (underlying + strike) / 2
    if beta < 1:
        z = nu / alpha * (mp.power(underlying, 1 - beta) - mp.power(strike, 1 - beta)) / (1 - beta)
    else:
        z = nu / alpha * mp.log(underlying / strike)
    x = mp.log((mp.sqrt(1 - 2 * rho * z + z * z) + z - rho) / (1 - rho))
    if abs(underlying - strike) < mpf('1e-10') * (1 + abs(underlying)):
        term1 = alpha * mp.power(underlying, beta)
    elif x == 0:
        if beta < 1:
            term1 = (underlying - strike) * alpha / (
                mp.power(underlying, 1 - beta) - mp.power(strike, 1 - beta)) / (1 - beta)
        else:
            term1 = (underlying - strike) * alpha / mp.log(underlying / strike)
    else:
        term1 = nu * (underlying - strike) / x
    sigma = term1 * (1 + maturity * ((-beta * (2 - beta) * alpha * alpha) / (24 * mp.power(avg, 2 * (1 - beta)))
                                     + beta * alpha * rho * nu / (4 * mp.power(avg, 1 - beta))
                                     + (2 - 3 * rho * rho) * nu * nu / 24))
    return max(sigma, mpf(0))


def sabrSkew(alpha, beta, rho, nu, displacement, underlying, maturity):
    sigma = sabrBerestycki(alpha, beta, rho, nu, displacement, underlying, underlying, maturity)
    underlying += displacement
    a = alpha / mp.power(underlying, 1 - beta)
    c = mpf(1) / 24 * mp.power(a, 3) * beta * (1 - beta)
    return (rho * nu / a + beta) * (mpf(1) / 2 * sigma / underlying) - maturity * c * (3 * rho * nu / a + beta - 2)


def volatilityConversion(forward, displacement, optionMaturity, lognormalVolatility):
    x = lognormalVolatility * mp.sqrt(optionMaturity / 8)
    return mp.sqrt(2 * PI / optionMaturity) * (forward + displacement) * mp.erf(x)


def bachelierValue(forward, volatility, optionMaturity, optionStrike, payoffUnit):
    sigma = volatility / payoffUnit
    dPlus = (forward - optionStrike) / (sigma * mp.sqrt(optionMaturity))
    return ((forward - optionStrike) * mp.ncdf(dPlus) + sigma * mp.sqrt(optionMaturity) * mp.npdf(dPlus)) * payoffUnit


def bachelierDelta(forward, volatility, optionMaturity, optionStrike, payoffUnit):
    return mp.ncdf((forward - optionStrike) / (volatility / payoffUnit * mp.sqrt(optionMaturity)))


def bachelierVega(forward, volatility, optionMaturity, optionStrike, payoffUnit):
    sigma = volatility / payoffUnit
    dPlus = (forward - optionStrike) / (sigma * mp.sqrt(optionMaturity))
    return mp.sqrt(optionMaturity) * mp.npdf(dPlus) * payoffUnit * sigma / volatility


def inverseNormal(p):  # Wichura's AS241 approximates it to about 1e-16
    return mp.sqrt(2) * mp.erfinv(2 * p - 1)


# --- robotics/MathUtil.java (WPILib) ----------------------------------------------------------------------------

def applyDeadband(value, deadband, maxMagnitude):
    if abs(value) > deadband:
        if maxMagnitude / deadband > mpf('1e12'):
            return value - deadband if value > 0 else value + deadband
        if value > 0:
            return maxMagnitude * (value - deadband) / (maxMagnitude - deadband)
        return maxMagnitude * (value + deadband) / (maxMagnitude - deadband)
    return mpf(0)


def inputModulus(value, minimumInput, maximumInput):
    modulus = maximumInput - minimumInput
    value -= int((value - minimumInput) / modulus) * modulus  # Java's (int) truncates toward zero, as int() does
    value -= int((value - maximumInput) / modulus) * modulus
    return value


def angleModulus(angleRadians):
    return inputModulus(angleRadians, -PI, PI)


def interpolate(startValue, endValue, t):
    return startValue + (endValue - startValue) * max(mpf(0), min(t, mpf(1)))


def inverseInterpolate(startValue, endValue, q):
    totalRange = endValue - startValue
    if totalRange <= 0:
        return mpf(0)
    queryToStart = q - startValue
    if queryToStart <= 0:
        return mpf(0)
    return queryToStart / totalRange


# --- special: picomath (Erf, Gamma, NormalCDFInverse), Hipparchus Beta, Commons Numbers Digamma ------------------

def erf_as(x):
    a1, a2, a3, a4, a5, p = (mpf('0.254829592'), mpf('-0.284496736'), mpf('1.421413741'), mpf('-1.453152027'),
                             mpf('1.061405429'), mpf('0.3275911'))
    sign = -1 if x < 0 else 1
    x = abs(x)
    t = 1 / (1 + p * x)
    y = 1 - (((((a5 * t + a4) * t) + a3) * t + a2) * t + a1) * t * mp.exp(-x * x)
    return sign * y


GAMMA_P = [mpf(s) for s in ('-1.71618513886549492533811E+0', '2.47656508055759199108314E+1',
                            '-3.79804256470945635097577E+2', '6.29331155312818442661052E+2',
                            '8.66966202790413211295064E+2', '-3.14512729688483675254357E+4',
                            '-3.61444134186911729807069E+4', '6.64561438202405440627855E+4')]
GAMMA_Q = [mpf(s) for s in ('-3.08402300119738975254353E+1', '3.15350626979604161529144E+2',
                            '-1.01515636749021914166146E+3', '-3.10777167157231109440444E+3',
                            '2.25381184209801510330112E+4', '4.75584627752788110767815E+3',
                            '-1.34659959864969306392456E+5', '-1.15132259675553483497211E+5')]


def pico_gamma(x):
    if x < 0.001:
        return 1 / (x * (1 + mpf('0.577215664901532860606512090') * x))
    if x < 12:
        y = x
        n = 0
        less_than_one = y < 1
        if less_than_one:
            y += 1
        else:
            n = int(mp.floor(y)) - 1
            y -= n
        num, den, z = mpf(0), mpf(1), y - 1
        for i in range(8):
            num = (num + GAMMA_P[i]) * z
            den = den * z + GAMMA_Q[i]
        result = num / den + 1
        if less_than_one:
            result /= (y - 1)
        else:
            for _ in range(n):
                result *= y
                y += 1
        return result
    return mp.exp(pico_logGamma(x))


def pico_logGamma(x):
    if x < 12:
        return mp.log(abs(pico_gamma(x)))
    c = [mpf(1) / 12, mpf(-1) / 360, mpf(1) / 1260, mpf(-1) / 1680, mpf(1) / 1188, mpf(-691) / 360360,
         mpf(1) / 156, mpf(-3617) / 122400]
    z = 1 / (x * x)
    s = c[7]
    for i in range(6, -1, -1):
        s = s * z + c[i]
    return (x - 0.5) * mp.log(x) - x + mpf('0.91893853320467274178032973640562') + s / x


def rationalApproximation(t):
    c = [mpf('2.515517'), mpf('0.802853'), mpf('0.010328')]
    d = [mpf('1.432788'), mpf('0.189269'), mpf('0.001308')]
    return t - ((c[2] * t + c[1]) * t + c[0]) / (((d[2] * t + d[1]) * t + d[0]) * t + 1)


def normalCDFInverse(p):
    if p < 0.5:
        return -rationalApproximation(mp.sqrt(-2 * mp.log(p)))
    return rationalApproximation(mp.sqrt(-2 * mp.log(1 - p)))


def digamma_as103(x):
    digamma = mpf(0)
    if x < 0:
        digamma -= PI / mp.tan(PI * x)
        x = 1 - x
    if 0 < x <= mpf('1e-5'):
        return digamma - mpf('0.577215664901532860606512090082') - 1 / x
    while x < 49:
        digamma -= 1 / x
        x += 1
    inv = 1 / (x * x)
    return digamma + mp.log(x) - 0.5 / x - inv * (mpf(1) / 12 + inv * (mpf(1) / 120 - mpf(1) / 252 * inv))


def regularizedBeta(x, a, b):
    return mp.betainc(a, b, 0, x, regularized=True)


def logBeta(p, q):
    return mp.log(mp.beta(p, q))


# --- color/Ciede2000.java ---------------------------------------------------------------------------------------

def ciede_2000(l_1, a_1, b_1, l_2, a_2, b_2):
    n = (mp.hypot(a_1, b_1) + mp.hypot(a_2, b_2)) * 0.5
    n = n ** 7
    n = 1 + 0.5 * (1 - mp.sqrt(n / (n + 6103515625)))
    c_1, c_2 = mp.hypot(a_1 * n, b_1), mp.hypot(a_2 * n, b_2)
    h_1, h_2 = mp.atan2(b_1, a_1 * n), mp.atan2(b_2, a_2 * n)
    h_1 += 2 * PI * (1 if h_1 < 0 else 0)
    h_2 += 2 * PI * (1 if h_2 < 0 else 0)
    n = abs(h_2 - h_1)
    if PI - mpf('1e-14') < n < PI + mpf('1e-14'):
        n = PI
    h_m, h_d = 0.5 * h_1 + 0.5 * h_2, (h_2 - h_1) * 0.5
    if PI < n:
        h_d = h_d - PI if 0 < h_d else h_d + PI
        h_m += PI
    p = 36 * h_m - 55 * PI
    n = ((c_1 + c_2) * 0.5) ** 7
    r_t = -2 * mp.sqrt(n / (n + 6103515625)) * mp.sin(PI / 3 * mp.exp(p * p / (-25 * PI * PI)))
    n = (l_1 + l_2) * 0.5
    n = (n - 50) * (n - 50)
    l = (l_2 - l_1) / (1 + 0.015 * n / mp.sqrt(20 + n))
    t = (1 + 0.24 * mp.sin(2 * h_m + PI / 2) + 0.32 * mp.sin(3 * h_m + 8 * PI / 15)
         - 0.17 * mp.sin(h_m + PI / 3) - 0.20 * mp.sin(4 * h_m + 3 * PI / 20))
    n = c_1 + c_2
    h = 2 * mp.sqrt(c_1 * c_2) * mp.sin(h_d) / (1 + 0.0075 * n * t)
    c = (c_2 - c_1) / (1 + 0.0225 * n)
    return mp.sqrt(l * l + h * h + c * c + c * h * r_t)


# --- stats: Hipparchus analysis functions -----------------------------------------------------------------------

def gaussian(xMinusMean, norm, i2s2):
    return norm * mp.exp(-xMinusMean * xMinusMean * i2s2)


def logistic(mMinusX, k, b, q, a, oneOverN):
    return a + (k - a) / mp.power(1 + q * mp.exp(b * mMinusX), oneOverN)


def sigmoid(x, lo, hi):
    return lo + (hi - lo) / (1 + mp.exp(-x))


# --- issue 14: objects, instance methods, an enum, library special functions -----------------------------------
# A receiver's or passive object's constants are arguments of the transcription, bound in the table below.

def gamma_fwd(gamma, a0, s, d, a):  # imagingbook GammaMappingFunction.applyFwd
    return s * a if a <= a0 else (1 + d) * mp.power(a, gamma) - d


def gamma_inv(gamma, a0, s, d, b):  # applyInv, b0 = s * a0, igamma = 1 / gamma
    return b / s if b <= s * a0 else mp.power((b + d) / (1 + d), 1 / gamma)


def neuroph_sigmoid(slope, net):
    if net > 100:
        return mpf(1)
    if net < -100:
        return mpf(0)
    return 1 / (1 + mp.exp(-slope * net))


def rosen_n(*x):  # Hipparchus BOBYQAOptimizerTest.Rosen.value
    return sum(100 * (x[i] * x[i] - x[i + 1]) ** 2 + (x[i] - 1) ** 2 for i in range(len(x) - 1))


def rosenbrock(x0, x1):  # JAT Rosenbrock.evaluate
    return 100 * (x0 * x0 - x1) ** 2 + (1 - x0) ** 2


def eccAnom(mA, ecc):  # Gaia Sky KeplerSolver.eccAnom: Kepler's equation solved exactly, on the reduced anomaly
    x = normalizeAngle(mA, PI)
    return mp.findroot(lambda E: E - ecc * mp.sin(E) - x, x) + (mA - x)


def arm_ff(ks, kcos, kv, ka, pos, vel, acc):
    return ks * mp.sign(vel) + kcos * mp.cos(pos) + kv * vel + ka * acc


def simple_ff(ks, kv, ka, vel, acc):
    return ks * mp.sign(vel) + kv * vel + ka * acc


def elevator_ff(ks, kg, kv, ka, vel, acc):
    return ks * mp.sign(vel) + kg + kv * vel + ka * acc


def elevator_max_velocity(ks, kg, kv, ka, max_voltage, acc):
    return (max_voltage - ks - kg - acc * ka) / kv


def elevator_min_velocity(ks, kg, kv, ka, max_voltage, acc):
    return (-max_voltage + ks - kg - acc * ka) / kv


def elevator_max_acceleration(ks, kg, kv, ka, max_voltage, vel):
    return (max_voltage - ks * mp.sign(vel) - kg - vel * kv) / ka


def elevator_min_acceleration(ks, kg, kv, ka, max_voltage, vel):
    return elevator_max_acceleration(ks, kg, kv, ka, -max_voltage, vel)


def to_chassis_speeds(track, left, right):  # WPILib DifferentialDriveKinematics: (vx, vy, omega)
    return [(left + right) / 2, mpf(0), (right - left) / track]


def to_wheel_speeds(track, vx, vy, omega):  # (left, right)
    return [vx - track / 2 * omega, vx + track / 2 * omega]


def normal_log_density(mean, sd, x):  # Hipparchus NormalDistribution
    return -0.5 * ((x - mean) / sd) ** 2 - (mp.log(sd) + 0.5 * mp.log(2 * PI))


def normal_density(mean, sd, x):
    return mp.exp(normal_log_density(mean, sd, x))


def normal_cdf(mean, sd, x):
    dev = x - mean
    if abs(dev) > 40 * sd:
        return mpf(0) if dev < 0 else mpf(1)
    return 0.5 * mp.erfc(-dev / (sd * mp.sqrt(2)))


def lognormal_density(location, shape, x):
    if x <= 0:
        return mpf(0)
    x1 = (mp.log(x) - location) / shape
    return mp.exp(-0.5 * x1 * x1) / (shape * mp.sqrt(2 * PI) * x)


def lognormal_log_density(location, shape, x):
    if x <= 0:
        return mp.ninf
    x1 = (mp.log(x) - location) / shape
    return -0.5 * x1 * x1 - (mp.log(shape) + 0.5 * mp.log(2 * PI) + mp.log(x))


def lognormal_cdf(location, shape, x):
    if x <= 0:
        return mpf(0)
    dev = mp.log(x) - location
    if abs(dev) > 40 * shape:
        return mpf(0) if dev < 0 else mpf(1)
    return 0.5 + 0.5 * mp.erf(dev / (shape * mp.sqrt(2)))


def cauchy_density(median, scale, x):
    dev = x - median
    return (1 / PI) * (scale / (dev * dev + scale * scale))


def cauchy_cdf(median, scale, x):
    return 0.5 + mp.atan((x - median) / scale) / PI


def logistic_density(mu, s, x):
    v = mp.exp(-(x - mu) / s)
    return 1 / s * v / ((1 + v) * (1 + v))


def logistic_cdf(mu, s, x):
    return 1 / (1 + mp.exp(-(x - mu) / s))


def jts_angle(x0, y0, z0, x1, y1, z1):  # JTS Angle.angle(p0, p1); Coordinate points flatten to (x, y, z)
    return mp.atan2(y1 - y0, x1 - x0)


def jts_diff(a1, a2):
    d = a2 - a1 if a1 < a2 else a1 - a2
    return 2 * PI - d if d > PI else d


def jts_normalize_positive(a):
    if a < 0:
        while a < 0:
            a += 2 * PI
        return mpf(0) if a >= 2 * PI else a
    while a >= 2 * PI:
        a -= 2 * PI
    return mpf(0) if a < 0 else a


def jts_angle_between(*c):  # tip1, tail, tip2
    return jts_diff(jts_angle(*c[3:6], *c[0:3]), jts_angle(*c[3:6], *c[6:9]))


def jts_interior_angle(*c):  # p0, p1, p2
    return jts_normalize_positive(jts_angle(*c[3:6], *c[6:9]) - jts_angle(*c[3:6], *c[0:3]))


def jts_distance(ax, ay, az, bx, by, bz):  # Coordinate.distance: 2D, through MathUtil.hypot
    return mp.sqrt((ax - bx) ** 2 + (ay - by) ** 2)


def jts_area(*c):
    ax, ay, _, bx, by, _, cx, cy, _ = c
    return abs(((cx - ax) * (by - ay) - (bx - ax) * (cy - ay)) / 2)


def jts_circumradius(*c):
    a, b, cc = c[0:3], c[3:6], c[6:9]
    area = jts_area(*c)
    if area == 0:
        return mp.inf
    return jts_distance(*a, *b) * jts_distance(*b, *cc) * jts_distance(*cc, *a) / (4 * area)


def jts_longest_side(*c):
    a, b, cc = c[0:3], c[3:6], c[6:9]
    return max(jts_distance(*a, *b), jts_distance(*b, *cc), jts_distance(*cc, *a))


def jts_point_to_segment(*c):
    p, a, b = c[0:3], c[3:6], c[6:9]
    if a[0] == b[0] and a[1] == b[1]:
        return jts_distance(*p, *a)
    len2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2
    r = ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / len2
    if r <= 0:
        return jts_distance(*p, *a)
    if r >= 1:
        return jts_distance(*p, *b)
    s = ((a[1] - p[1]) * (b[0] - a[0]) - (a[0] - p[0]) * (b[1] - a[1])) / len2
    return abs(s) * mp.sqrt(len2)


def arm_forward(l1, l2, th1, th2):  # Team100 ArmKinematics.forward: the end's Translation2d (x, y)
    return [l1 * mp.cos(th1) + l2 * mp.cos(th2), l1 * mp.sin(th1) + l2 * mp.sin(th2)]


def arm_elbow(l1, l2, th1, th2):
    return [l1 * mp.cos(th1), l1 * mp.sin(th1)]


def arm_inverse_vel(l1, l2, dx, dy, th1, th2):  # joint velocities (ArmAngles) for the Cartesian velocity (dx, dy)
    return [(dx * mp.cos(th2) + dy * mp.sin(th2)) / (l1 * mp.sin(th2 - th1)),
            (dx * mp.cos(th1) + dy * mp.sin(th1)) / (l2 * mp.sin(th1 - th2))]


def strata_normal(greek, is_call):  # Strata NormalFormulaRepository: price, delta, gamma, theta, vega
    def f(forward, strike, t, vol):
        sign = 1 if is_call else -1
        sigma_root_t = vol * mp.sqrt(t)
        arg = sign * (forward - strike) / sigma_root_t
        arg0 = (forward - strike) / sigma_root_t  # gamma, theta and vega do not use the sign
        return {"price": lambda: sign * (forward - strike) * mp.ncdf(arg) + sigma_root_t * mp.npdf(arg),
                "delta": lambda: sign * mp.ncdf(arg),
                "gamma": lambda: mp.npdf(arg0) / sigma_root_t,
                "theta": lambda: -0.5 * mp.npdf(arg0) * vol / mp.sqrt(t),
                "vega": lambda: mp.npdf(arg0) * mp.sqrt(t)}[greek]()
    return f


def bs_d_plus(s, r, sigma, t, k):  # finmath blackScholesOption{Gamma,Vega,Theta}
    return (mp.log(s / k) + (r + 0.5 * sigma * sigma) * t) / (sigma * mp.sqrt(t))


def bs_gamma(s, r, sigma, t, k):
    return mp.exp(-0.5 * bs_d_plus(s, r, sigma, t, k) ** 2) / (mp.sqrt(2 * PI * t) * s * sigma)


def bs_vega(s, r, sigma, t, k):
    return mp.exp(-0.5 * bs_d_plus(s, r, sigma, t, k) ** 2) / mp.sqrt(2 * PI) * s * mp.sqrt(t)


def bs_theta(s, r, sigma, t, k):
    d_plus = bs_d_plus(s, r, sigma, t, k)
    d_minus = d_plus - sigma * mp.sqrt(t)
    return (-sigma * mp.exp(-0.5 * d_plus ** 2) / mp.sqrt(2 * PI) / mp.sqrt(t) / 2 * s
            - r * k * mp.exp(-r * t) * mp.ncdf(d_minus))


def on(class_name, *arguments):
    """The Java of a row's receiver: an object of a corpus class made by its constructor from the arguments."""
    return f'on({literal(class_name)}, {", ".join(literal(a) for a in arguments)})' if arguments \
        else f'on({literal(class_name)})'


def with_(*arguments):
    """The Java of a static method's arguments outside the point (enum constants by name, made objects)."""
    return f'with({", ".join(literal(a) for a in arguments)})'


def made(class_name, *arguments):
    return f'made({literal(class_name)}, {", ".join(literal(a) for a in arguments)})'


def literal(value):
    if isinstance(value, str):
        return value if value.startswith("made(") else f'"{value}"'
    return repr(value)


# --- the table: (file, method, transcription, points[, held: the Java of what the call holds constant]) ----------

BACHELIER = [(0.03, 0.008, 2.0, 0.025, 0.95), (0.05, 0.01, 1.0, 0.06, 0.9)]
SABR7 = [(0.3, 0.5, -0.2, 0.4, 0.03, 0.035, 2.0), (0.2, 0.7, 0.3, 0.5, 0.05, 0.04, 1.0)]
TABLE = [
    ("color/Ciede2000.java", "ciede_2000", ciede_2000,
     [(50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485), (60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387)]),
    ("geodesy/DistanceUtils.java", "calcBoxByDistFromPt_deltaLonDEG", calcBoxByDistFromPt_deltaLonDEG,
     [(30.0, 10.0, 2.0), (-50.0, 0.0, 5.0)]),
    ("geodesy/DistanceUtils.java", "vectorDistance", vectorDistance,
     [(1.5, 2.0, 0.5, 0.25, 3.0, 1 / 3), (0.9, -0.2, 0.1, -1.0, 2.5, 0.4)]),
    ("geodesy/DistanceUtils.java", "distHaversineRAD", distHaversineRAD,
     [(0.3, 0.5, -0.2, 1.1), (1.0, -2.0, 0.4, -1.5)]),
    ("geodesy/DistanceUtils.java", "distVincentyRAD", distVincentyRAD, [(0.3, 0.5, -0.2, 1.1), (1.0, -2.0, 0.4, -1.5)]),
    ("geodesy/GeoMath.java", "hypot", geo_hypot, [(3.0, -4.0), (-0.5, 2.0), (1.5, 0.25)]),
    ("geodesy/GeoMath.java", "atanh", geo_atanh, [(0.3,), (-0.6,), (0.05,)]),
    ("geodesy/GeoMath.java", "cbrt", geo_cbrt, [(2.0,), (-0.7,)]),
    ("geodesy/GeoMath.java", "AngRound", AngRound, [(0.02,), (30.5,), (-0.01,)]),
    ("geodesy/GeoMath.java", "AngNormalize", AngNormalize, [(200.0,), (-500.5,), (45.0,)]),
    ("geodesy/GeoMath.java", "atan2d", atan2d, [(1.0, 2.0), (1.0, -2.0), (-3.0, -0.5), (3.0, 0.5)]),
    ("geometry/Maths.java", "hypot", jama_hypot, [(3.0, -4.0), (-0.5, 2.0), (1.2, 0.7)]),
    ("ml/Softmax.java", "softmax", softmax, [(0.1, -0.4, 1.2), (2.0, 0.5, -1.0)]),
    ("orbital/Anomalies.java", "true2ecc", true2ecc, [(1.0, 0.3), (7.5, 0.6), (-2.0, 0.1)]),
    ("orbital/KeplerSolver.java", "meanAnom", meanAnom, [(1.0, 0.3), (7.5, 0.6), (-2.0, 0.1)]),
    ("orbital/KeplerianAnomalyUtility.java", "ellipticMeanToTrue", ellipticMeanToTrue, [(0.3, 1.0), (0.6, -2.0)]),
    ("orbital/KeplerianAnomalyUtility.java", "ellipticEccentricToTrue", ellipticEccentricToTrue,
     [(0.3, 1.2), (0.7, -2.5)]),
    ("orbital/KeplerianAnomalyUtility.java", "ellipticMeanToEccentric", ellipticMeanToEccentric,
     [(0.3, 1.0), (0.6, -2.0), (0.1, 0.05)]),
    ("orbital/KeplerianAnomalyUtility.java", "ellipticEccentricToMean", ellipticEccentricToMean,
     [(0.3, 1.2), (0.7, -2.5)]),
    ("orbital/KeplerianAnomalyUtility.java", "hyperbolicEccentricToTrue", hyperbolicEccentricToTrue,
     [(1.5, 0.8), (3.0, -1.2)]),
    ("orbital/KeplerianAnomalyUtility.java", "hyperbolicEccentricToMean", hyperbolicEccentricToMean,
     [(1.5, 0.8), (3.0, -1.2)]),
    ("pricing/AnalyticFormulas.java", "sabrHaganLognormalBlackVolatilityApproximation", sabrHagan, SABR7),
    ("pricing/AnalyticFormulas.java", "sabrBerestyckiNormalVolatilityApproximation", sabrBerestycki,
     [(0.3, 0.5, -0.2, 0.4, 0.0, 0.03, 0.035, 2.0), (0.2, 0.7, 0.3, 0.5, 0.01, 0.05, 0.04, 1.0)]),
    ("pricing/AnalyticFormulas.java", "sabrNormalVolatilitySkewApproximation", sabrSkew,
     [(0.3, 0.5, -0.2, 0.4, 0.0, 0.03, 2.0), (0.2, 0.7, 0.3, 0.5, 0.01, 0.05, 1.0)]),
    ("pricing/AnalyticFormulas.java", "volatilityConversionLognormalATMtoNormalATM", volatilityConversion,
     [(0.03, 0.0, 2.0, 0.25), (0.05, 0.01, 0.5, 0.6)]),
    ("pricing/BachelierModel.java", "bachelierHomogeneousOptionValue", bachelierValue, BACHELIER),
    ("pricing/BachelierModel.java", "bachelierHomogeneousOptionDelta", bachelierDelta, BACHELIER),
    ("pricing/BachelierModel.java", "bachelierHomogeneousOptionVega", bachelierVega, BACHELIER),
    ("pricing/NormalDistribution.java", "inverseCumulativeNormalDistribution_Wichura", inverseNormal,
     [(0.3,), (0.02,), (0.97,)]),
    ("robotics/MathUtil.java", "applyDeadband", applyDeadband, [(0.5, 0.1, 1.0), (-0.7, 0.2, 2.0)]),
    ("robotics/MathUtil.java", "inputModulus", inputModulus, [(7.0, -3.0, 3.0), (-10.0, 0.0, 4.0)]),
    ("robotics/MathUtil.java", "angleModulus", angleModulus, [(7.0,), (-4.0,), (1.0,)]),
    ("robotics/MathUtil.java", "interpolate", interpolate, [(1.0, 3.0, 0.25), (2.0, -1.0, 0.6), (1.0, 3.0, 1.5)]),
    ("robotics/MathUtil.java", "inverseInterpolate", inverseInterpolate, [(1.0, 3.0, 2.5), (0.0, 4.0, 1.0)]),
    ("special/Beta.java", "regularizedBeta", regularizedBeta, [(0.3, 2.0, 3.0), (0.7, 1.5, 0.8)]),
    ("special/Beta.java", "logBeta", logBeta, [(2.5, 3.5), (0.7, 12.0)]),
    ("special/Digamma.java", "value", digamma_as103, [(2.5,), (0.3,), (-1.3,)]),
    ("special/Erf.java", "erf", erf_as, [(0.5,), (-1.2,)]),
    ("special/Gamma.java", "gamma", pico_gamma, [(2.5,), (0.6,), (15.0,)]),
    ("special/Gamma.java", "logGamma", pico_logGamma, [(3.7,), (20.0,)]),
    ("special/NormalCDFInverse.java", "normalCDFInverse", normalCDFInverse, [(0.2,), (0.8,)]),
    ("stats/Gaussian.java", "value", gaussian, [(0.7, 1.3, 0.5), (-1.1, 0.4, 2.0)]),
    ("stats/Logistic.java", "value", logistic, [(0.5, 2.0, 1.5, 0.8, 0.3, 0.5), (-1.0, 1.0, 0.7, 2.0, -0.5, 2.0)]),
    ("stats/Sigmoid.java", "value", sigmoid, [(0.3, -1.0, 2.0), (-2.0, 0.5, 1.5)]),
]

SRGB = (1 / 2.4, 0.0031308, 12.92, 0.055)
KEPLER = made("KeplerSolver", 1e-16, 50)
ARM = (0.3, 0.8, 1.9, 0.12)
SIMPLE = (0.3, 1.9, 0.12)
ELEVATOR = (0.3, 1.1, 1.9, 0.12)
ELEVATOR_POINTS = [(12.0, 1.5), (10.0, -0.5)]
NORMAL, LOGNORMAL, CAUCHY, LOGISTIC = (0.5, 2.0), (0.2, 0.5), (0.5, 1.5), (0.5, 1.5)
TRIANGLES = [(0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 1.0, 2.0, 0.0), (1.0, 1.0, 0.0, -2.0, 0.5, 0.0, 0.5, -3.0, 0.0)]
ARM_LINKS, ARM_ANGLES = (0.8, 0.5), [(0.3, 1.1), (-0.4, 2.0)]
BLACK_SCHOLES = [(100.0, 0.05, 0.2, 1.5, 95.0), (80.0, 0.01, 0.35, 0.5, 90.0)]
TABLE += [
    ("color/GammaMappingFunction.java", "applyFwd", lambda a: gamma_fwd(*SRGB, a), [(0.002,), (0.5,), (0.8,)],
     on("GammaMappingFunction", *SRGB)),
    ("color/GammaMappingFunction.java", "applyInv", lambda b: gamma_inv(*SRGB, b), [(0.02,), (0.5,), (0.9,)],
     on("GammaMappingFunction", *SRGB)),
    ("ml/Sigmoid.java", "getOutput", lambda x: neuroph_sigmoid(0.7, x), [(0.5,), (-2.0,)], on("Sigmoid", 0.7)),
    ("optim/BOBYQAOptimizerTest.java", "value", rosen_n, [(0.5, 1.2, -0.3), (1.1, 0.9, 1.3, 0.7)],
     on("BOBYQAOptimizerTest$Rosen")),
    ("optim/Rosenbrock.java", "evaluate", rosenbrock, [(-1.2, 1.0), (0.5, 0.3)], on("Rosenbrock")),
    ("orbital/Anomalies.java", "mean2ecc", eccAnom, [(1.0, 0.3), (7.5, 0.6), (-2.0, 0.1)], with_(KEPLER)),
    ("orbital/KeplerSolver.java", "eccAnom", eccAnom, [(1.0, 0.3), (7.5, 0.6), (-2.0, 0.1)],
     on("KeplerSolver", 1e-16, 50)),
    ("robotics/ArmFeedforward.java", "calculate", lambda *p: arm_ff(*ARM, *p), [(0.4, 1.5, 0.3), (-1.0, -0.6, 2.0)],
     on("ArmFeedforward", *ARM)),
    ("robotics/SimpleMotorFeedforward.java", "calculate", lambda *p: simple_ff(*SIMPLE, *p),
     [(1.5, 0.3), (-0.6, 2.0)], on("SimpleMotorFeedforward", *SIMPLE)),
    ("robotics/ElevatorFeedforward.java", "calculate", lambda *p: elevator_ff(*ELEVATOR, *p),
     [(1.5, 0.3), (-0.6, 2.0)], on("ElevatorFeedforward", *ELEVATOR)),
    ("robotics/ElevatorFeedforward.java", "maxAchievableVelocity", lambda *p: elevator_max_velocity(*ELEVATOR, *p),
     ELEVATOR_POINTS, on("ElevatorFeedforward", *ELEVATOR)),
    ("robotics/ElevatorFeedforward.java", "minAchievableVelocity", lambda *p: elevator_min_velocity(*ELEVATOR, *p),
     ELEVATOR_POINTS, on("ElevatorFeedforward", *ELEVATOR)),
    ("robotics/ElevatorFeedforward.java", "maxAchievableAcceleration",
     lambda *p: elevator_max_acceleration(*ELEVATOR, *p), ELEVATOR_POINTS, on("ElevatorFeedforward", *ELEVATOR)),
    ("robotics/ElevatorFeedforward.java", "minAchievableAcceleration",
     lambda *p: elevator_min_acceleration(*ELEVATOR, *p), ELEVATOR_POINTS, on("ElevatorFeedforward", *ELEVATOR)),
    ("robotics/DifferentialDriveKinematics.java", "toChassisSpeeds", lambda *p: to_chassis_speeds(0.6, *p),
     [(1.2, 1.8), (-0.5, 0.7)], on("DifferentialDriveKinematics", 0.6)),
    ("robotics/DifferentialDriveKinematics.java", "toWheelSpeeds", lambda *p: to_wheel_speeds(0.6, *p),
     [(1.5, 0.0, 0.8), (-0.4, 0.2, -1.5)], on("DifferentialDriveKinematics", 0.6)),
    ("distributions/NormalDistribution.java", "density", lambda x: normal_density(*NORMAL, x), [(1.2,), (-0.7,)],
     on("NormalDistribution", *NORMAL)),
    ("distributions/NormalDistribution.java", "logDensity", lambda x: normal_log_density(*NORMAL, x),
     [(1.2,), (-0.7,)], on("NormalDistribution", *NORMAL)),
    ("distributions/NormalDistribution.java", "cumulativeProbability", lambda x: normal_cdf(*NORMAL, x),
     [(1.2,), (-0.7,), (3.0,)], on("NormalDistribution", *NORMAL)),
    ("distributions/LogNormalDistribution.java", "density", lambda x: lognormal_density(*LOGNORMAL, x),
     [(1.3,), (0.6,)], on("LogNormalDistribution", *LOGNORMAL)),
    ("distributions/LogNormalDistribution.java", "logDensity", lambda x: lognormal_log_density(*LOGNORMAL, x),
     [(1.3,), (0.6,)], on("LogNormalDistribution", *LOGNORMAL)),
    ("distributions/LogNormalDistribution.java", "cumulativeProbability", lambda x: lognormal_cdf(*LOGNORMAL, x),
     [(1.3,), (0.6,)], on("LogNormalDistribution", *LOGNORMAL)),
    ("distributions/CauchyDistribution.java", "density", lambda x: cauchy_density(*CAUCHY, x), [(1.2,), (-2.0,)],
     on("CauchyDistribution", *CAUCHY)),
    ("distributions/CauchyDistribution.java", "cumulativeProbability", lambda x: cauchy_cdf(*CAUCHY, x),
     [(1.2,), (-2.0,)], on("CauchyDistribution", *CAUCHY)),
    ("distributions/LogisticDistribution.java", "density", lambda x: logistic_density(*LOGISTIC, x),
     [(1.2,), (-2.0,)], on("LogisticDistribution", *LOGISTIC)),
    ("distributions/LogisticDistribution.java", "cumulativeProbability", lambda x: logistic_cdf(*LOGISTIC, x),
     [(1.2,), (-2.0,)], on("LogisticDistribution", *LOGISTIC)),
    ("geometry/Angle.java", "angle", jts_angle,
     [(1.0, 2.0, 0.0, 3.5, -1.0, 0.0), (0.0, 0.0, 0.0, -1.0, 0.5, 0.0)]),
    ("geometry/Angle.java", "angleBetween", jts_angle_between,
     [(2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 3.0, 0.0), (1.0, -1.0, 0.0, 0.5, 0.5, 0.0, -2.0, 1.0, 0.0)]),
    ("geometry/Angle.java", "interiorAngle", jts_interior_angle,
     [(0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0), (2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 3.0, 0.0)]),
    ("geometry/Triangle.java", "circumradius", jts_circumradius, TRIANGLES),
    ("geometry/Triangle.java", "longestSideLength", jts_longest_side, TRIANGLES),
    ("geometry/Triangle.java", "area", jts_area, TRIANGLES),
    ("geometry/Distance.java", "pointToSegment", jts_point_to_segment,
     [(1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0), (-1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0),
      (4.0, 1.0, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0)]),
    ("geometry/Coordinate.java", "distance", lambda *c: jts_distance(1.0, 2.0, 0.0, *c),
     [(4.0, -2.0, 0.0), (0.5, 2.5, 1.0)], on("Coordinate", 1.0, 2.0, 0.0)),
    ("robotics/ArmKinematics.java", "forward", lambda *a: arm_forward(*ARM_LINKS, *a), ARM_ANGLES,
     on("ArmKinematics", *ARM_LINKS)),
    ("robotics/ArmKinematics.java", "elbow", lambda *a: arm_elbow(*ARM_LINKS, *a), ARM_ANGLES,
     on("ArmKinematics", *ARM_LINKS)),
    ("robotics/ArmKinematics.java", "inverseVel", lambda *a: arm_inverse_vel(*ARM_LINKS, 0.2, -0.1, *a), ARM_ANGLES,
     on("ArmKinematics", *ARM_LINKS) + f'.with({made("Translation2d", 0.2, -0.1)})'),
    ("pricing/AnalyticFormulas.java", "blackScholesOptionGamma", bs_gamma, BLACK_SCHOLES),
    ("pricing/AnalyticFormulas.java", "blackScholesOptionVega", bs_vega, BLACK_SCHOLES),
    ("pricing/AnalyticFormulas.java", "blackScholesOptionTheta", bs_theta, BLACK_SCHOLES),
]
for greek in ("price", "delta", "gamma", "theta", "vega"):
    TABLE += [("options/NormalFormulaRepository.java", greek, strata_normal(greek, True),
               [(0.03, 0.025, 2.0, 0.008), (0.05, 0.06, 1.0, 0.01)], with_("CALL")),
              ("options/NormalFormulaRepository.java", greek, strata_normal(greek, False),
               [(0.03, 0.025, 2.0, 0.008)], with_("PUT"))]


def partial(f, point, i, output=None):
    def along(t):
        args = [mpf(v) for v in point]
        args[i] = t
        y = f(*args)
        return y if output is None else y[output]
    return mp.diff(along, mpf(point[i]))


def java(values, indent):
    """The values as Java double literals, wrapped to stay within 120 columns."""
    lines, line = [], ""
    for literal in (repr(float(v)) for v in values):
        if line and len(line) + len(literal) + 2 > 96:  # the first line starts after "derivative(", at column 22
            lines.append(line + ",")
            line = ""
        line = literal if not line else line + ", " + literal
    return ("\n" + indent).join(lines + [line])


def main():
    for file, method, f, points, *held in TABLE:
        for point in points:
            value = f(*[mpf(v) for v in point])
            if isinstance(value, list):  # a vector function: its Jacobian, row by row
                derivative = [partial(f, point, i, r) for r in range(len(value)) for i in range(len(point))]
            else:
                derivative = [partial(f, point, i) for i in range(len(point))]
                value = [value]
            head = f'      oracle("{file}", "{method}",'
            if held and len(head) + len(held[0]) + 2 <= 120:
                print(f'{head} {held[0]},')
            else:
                print(head + ''.join(f'\n          {h},' for h in held))
            print(f'          point({java(point, " " * 16)}),')
            print(f'          value({java(value, " " * 16)}),')
            print(f'          derivative({java(derivative, " " * 16)})),')


if __name__ == "__main__":
    main()
