package dev.nabla;

/**
 * The special functions numerical code needs and Java lacks, accurate to a few ulps on their whole domain and free of
 * allocation; nabla differentiates calls to each of them (see the README's "Special functions").
 *
 * <p>Every function returns NaN for a NaN argument. The Chebyshev coefficients below come from
 * {@code scripts/special_functions.py} (mpmath, 50 digits).
 */
public final class SpecialFunctions {
  /** 2/√π. */
  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
  /** 1/√(2π). */
  private static final double ONE_OVER_SQRT_TWO_PI = 0.3989422804014327;
  private static final double SQRT_TWO = 1.4142135623730951;
  private static final double SQRT_PI = 1.772453850905516;
  /** ln √(2π) − 1/2, the constant of Stirling's series written with (x − 1/2)(ln x − 1). */
  private static final double STIRLING_CONSTANT = 0.4189385332046727;
  private static final double LOG_PI = 1.1447298858494002;
  private static final double PI_SQUARED = 9.869604401089358;
  private static final double PI_CUBED = 31.00627668029982;
  /** Where the Chebyshev factor of erfc ends: erfc(x) underflows to zero beyond. */
  private static final double ERFC_END = 28;
  /** From here on the asymptotic series of logGamma, digamma and trigamma are exact to double precision. */
  private static final double ASYMPTOTIC = 12;
  /** B₂ₖ/(2k), k = 1 … 8: the coefficients of digamma's asymptotic series in 1/x²ᵏ. */
  private static final double[] DIGAMMA_SERIES = {
      1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132, -691.0 / 32760, 1.0 / 12, -3617.0 / 8160};
  /** B₂ₖ/(2k(2k − 1)), k = 1 … 8: the coefficients of Stirling's series in 1/x²ᵏ⁻¹. */
  private static final double[] STIRLING_SERIES = {
      1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156, -3617.0 / 122400};
  /** B₂ₖ, k = 1 … 8: the coefficients of trigamma's asymptotic series in 1/x²ᵏ⁺¹. */
  private static final double[] TRIGAMMA_SERIES = {
      1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6, -3617.0 / 510};
  /** (2k + 1)B₂ₖ, k = 1 … 8: the coefficients of tetragamma's asymptotic series in 1/x²ᵏ⁺². */
  private static final double[] TETRAGAMMA_SERIES = {
      1.0 / 2, -1.0 / 6, 1.0 / 6, -3.0 / 10, 5.0 / 6, -691.0 / 210, 35.0 / 2, -3617.0 / 30};

  /** x·exp(x²)·erfc(x) for x in [0.5, 1], in t = 1/x. */
  private static final double[] ERFC_0 = {
      3.6363251189719857226e-1, -5.9711150527535191134e-2, 4.0965534125189208797e-3, -1.6297282512062085241e-4,
      -1.3841677051161835593e-5, 4.803992236540446998e-6, -8.3554408449771457546e-7, 1.1590422933605826418e-7,
      -1.3847727128996950051e-8, 1.4223188101821458892e-9, -1.1562413131118581123e-10, 4.4954826510413761996e-12,
      8.4590788969338563078e-13, -2.8684656521557059485e-13, 5.7105328896382920167e-14, -9.3619056353203159187e-15,
      1.3626755276617760445e-15, -1.8009092175419615122e-16, 2.1563822044107843547e-17, -2.2715690327138286927e-18,
      1.9058059454366381763e-19};
  /** x·exp(x²)·erfc(x) for x in [1, 2], in t = 1/x. */
  private static final double[] ERFC_1 = {
      4.6870895663496046647e-1, -4.1775068132475784754e-2, 5.0406239633188584137e-4, 1.6888702949542887477e-4,
      -2.5430051898348638104e-5, 2.2949329159500322752e-6, -1.2625248725454871879e-7, -1.7887685298692902977e-9,
      1.6302900358124004111e-9, -2.7115250283810895743e-10, 3.1093288073632961709e-11, -2.6267244662631710191e-12,
      1.2274102894328631664e-13, 9.3230577582813999755e-15, -3.492421562678725979e-15, 5.9073712695730157133e-16,
      -7.5004474692035260822e-17, 7.5586551172190680849e-18, -5.4672525941722183826e-19};
  /** x·exp(x²)·erfc(x) for x in [2, 4], in t = 1/x. */
  private static final double[] ERFC_2 = {
      5.3013087701326058054e-1, -1.8689308366538884631e-2, -7.3290273188985318603e-4, 8.6156531751290294252e-5,
      -3.4066275133405096067e-6, -8.5255256234188290883e-8, 2.3854766446998494293e-8, -1.8555735983967876597e-9,
      5.3057503119055644881e-11, 5.9150183164949567415e-12, -1.0499162575041924904e-12, 8.5664027266069551701e-14,
      -2.9602489021399389017e-15, -2.8499739745622952677e-16, 6.2829915240185676882e-17, -6.3436677368498177919e-18,
      3.5780820434589946572e-19};
  /** x·exp(x²)·erfc(x) for x in [4, 8], in t = 1/x. */
  private static final double[] ERFC_3 = {
      5.5434668808681092691e-1, -5.9546526827420616617e-3, -4.0726716468538671376e-4, 1.2928072406492936806e-5,
      1.5851603325191746984e-7, -2.4971569855676879109e-8, 6.1830672476163298337e-10, 2.8440011472415784094e-11,
      -2.8238844570978325291e-12, 6.4971101730642082088e-14, 4.8447172041904174092e-15, -4.9018902537372819244e-16,
      1.364861417714599482e-17, 9.0007171081769116558e-19, -1.142883114759956082e-19};
  /** x·exp(x²)·erfc(x) for x in [8, 28], in t = 1/x. */
  private static final double[] ERFC_4 = {
      5.6212047581871074908e-1, -1.9773309874289164115e-3, -2.6474677795514568825e-4, 2.7728246988644941756e-6,
      1.6338857887773104266e-7, -4.541129313347492242e-9, -1.2685782472969250232e-10, 8.399437666590106817e-12,
      4.6649509428423536396e-14, -1.6265609631336882878e-14, 2.8134106656253016745e-16, 2.9261259600306512699e-17,
      -1.4863001787946466674e-18};
  /** logGamma(1 + e)/e for e in [-0.5, 0.5]. */
  private static final double[] LOG_GAMMA_NEAR_ONE = {
      -6.3301142627503101149e-1, 4.4056755746789629032e-1, -5.7857409449912443453e-2, 1.051397369026781124e-2,
      -2.1639890920917150999e-3, 4.7444023387246577895e-4, -1.079964452809942807e-4, 2.5201155299530275822e-5,
      -5.9860144980268196959e-6, 1.4410616180293053544e-6, -3.5060690575761178658e-7, 8.6038230167637532821e-8,
      -2.1265109124786878002e-8, 5.2877780914636139242e-9, -1.3217135752166156809e-9, 3.318669855445049309e-10,
      -8.3659025677462186836e-11, 2.1163386661606941094e-11, -5.3705076537943806213e-12, 1.3666688100545857507e-12,
      -3.4866600398851611048e-13, 8.9156224327677079234e-14, -2.2845495935090801452e-14, 5.8651467152221198098e-15,
      -1.5084071183968601663e-15, 3.885614648428305859e-16, -1.0024188186640360846e-16, 2.5896418565384150781e-17,
      -6.6986747409585704346e-18, 1.7348373407131056603e-18, -4.4979545469165090769e-19, 1.1674191440825725795e-19};
  /** logGamma(2 + e)/e for e in [-0.5, 0.5]. */
  private static final double[] LOG_GAMMA_NEAR_TWO = {
      4.1418612492156673467e-1, 1.6322170068760064948e-1, -8.6589723941262839808e-3, 6.7275157260014851694e-4,
      -6.1395569636282336408e-5, 6.1100657970035761227e-6, -6.4100030338262223925e-7, 6.9622426927689506493e-8,
      -7.7472487337882172579e-9, 8.774075140687239219e-10, -1.0070266869830198722e-10, 1.1678602130652373631e-11,
      -1.3656871334744932056e-12, 1.6079351149711551373e-13, -1.9039501088488732318e-14, 2.2653768767833063734e-15,
      -2.7066568148318962687e-16, 3.2456607316261908203e-17, -3.904483378457446756e-18, 4.7104356412564057427e-19,
      -5.6972805318185511694e-20};
  // the positive root of digamma, 1.461632144968362341262659542325721328468, as a sum of two doubles
  private static final double DIGAMMA_ROOT = 1.4616321449683622;
  private static final double DIGAMMA_ROOT_LOW = 9.549995429965697e-17;
  /** digamma(x)/(x - root) for x in [1, 2]. */
  private static final double[] DIGAMMA_NEAR_ROOT = {
      9.8357026044156698801e-1, -2.2706408633464439669e-1, 3.3368899023930108972e-2, -5.3200772715965474438e-3,
      8.7886569378205053326e-4, -1.4773492650606043282e-4, 2.506054346835914444e-5, -4.272103402999332207e-6,
      7.3027692724659230493e-7, -1.2502886813559595515e-7, 2.1425009322359473734e-8, -3.6732959185651790393e-9,
      6.2997172361089309069e-10, -1.0805930288832660114e-10, 1.8537351920536378898e-11, -3.1802353658255300096e-12,
      5.4561475703227941847e-13, -9.3609931310364381561e-14, 1.6060646362950750099e-14, -2.7555431377438813107e-15,
      4.7277361786019113911e-16, -8.1114842034650900328e-17, 1.3917077694741540651e-17, -2.3877901082188627e-18,
      4.09679718716155773e-19};

  private SpecialFunctions() {}

  /** The error function 2/√π ∫₀ˣ e^(−t²) dt: ±1 at ±∞. */
  public static double erf(double x) {
    double a = Math.abs(x);
    if (a < 0.5) {
      return TWO_OVER_SQRT_PI * x * erfSeries(x * x);
    }
    return Math.copySign(1 - erfcAbove(a), x);
  }

  /** The complementary error function 1 − erf(x), without cancellation for large x: 2 at −∞, 0 at +∞. */
  public static double erfc(double x) {
    if (Math.abs(x) < 0.5) {
      return 1 - erf(x);
    }
    return x > 0 ? erfcAbove(x) : 2 - erfcAbove(-x);
  }

  /** The standard normal density e^(−x²/2)/√(2π): 0 at ±∞. */
  public static double normalPdf(double x) {
    return ONE_OVER_SQRT_TWO_PI * expMinusHalfSquare(Math.abs(x));
  }

  /**
   * The standard normal cumulative distribution function Φ(x) = erfc(−x/√2)/2: 0 at −∞, 1 at +∞, accurate to a few
   * ulps in the lower tail down to its underflow near −38.5.
   */
  public static double normalCdf(double x) {
    return x < 0 ? upperTail(-x) : 1 - upperTail(x);
  }

  /**
   * The standard normal quantile Φ⁻¹(p), the inverse of {@link #normalCdf}: −∞ at 0, +∞ at 1, NaN outside [0, 1].
   * Accurate to a few ulps relative to the exact quantile of the double p, in both tails.
   */
  public static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      return p == 0 ? Double.NEGATIVE_INFINITY : p == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
    }
    // 1 − p is exact for p ≥ 1/2, and the upper tail is solved where its probability has all its digits
    return p < 0.5 ? -upperQuantile(p) : upperQuantile(1 - p);
  }

  /**
   * The logarithm of the absolute value of the gamma function, ln |Γ(x)|: defined for negative non-integers too (by
   * reflection; near its roots there the error is absolute, about 1e−16 times ln Γ(1 − x)), +∞ at the poles 0, −1,
   * −2, … and at +∞, NaN at −∞.
   */
  public static double logGamma(double x) {
    if (x < 0.5) {
      if (x == Math.rint(x)) {
        return x == Double.NEGATIVE_INFINITY ? Double.NaN : Double.POSITIVE_INFINITY;
      }
      if (x > 0) {
        return x * chebyshev(LOG_GAMMA_NEAR_ONE, x, -0.5, 0.5) - Math.log(x);
      }
      // reflection: Γ(x)Γ(1 − x) = π / sin(πx)
      return LOG_PI - Math.log(Math.abs(sinPi(x))) - logGamma(1 - x);
    }
    if (x < 1.5) {
      double e = x - 1;
      return e * chebyshev(LOG_GAMMA_NEAR_ONE, e, -0.5, 0.5);
    }
    if (x < ASYMPTOTIC) {
      // Γ(x) = Γ(x − n)·(x − 1)…(x − n), with x − n in [1.5, 2.5); each x − k is exact
      double product = 1;
      double y = x;
      while (y >= 2.5) {
        y -= 1;
        product *= y;
      }
      double e = y - 2;
      return e * chebyshev(LOG_GAMMA_NEAR_TWO, e, -0.5, 0.5) + Math.log(product);
    }
    // Stirling: (x − ½)(ln x − 1) + ln √(2π) − ½ + Σ B₂ₖ/(2k(2k − 1)x²ᵏ⁻¹), finite up to x ≈ 2.5e305
    double r = 1 / x;
    return (x - 0.5) * (Math.log(x) - 1) + STIRLING_CONSTANT + r * series(STIRLING_SERIES, r * r);
  }

  /**
   * The digamma function ψ(x) = d/dx ln |Γ(x)|: NaN at the poles 0, −1, −2, … and at −∞, +∞ at +∞. Relative accuracy
   * is kept around its positive root 1.4616…; near its roots between negative poles the error is absolute, about
   * 1e−16 times ψ(1 − x).
   */
  public static double digamma(double x) {
    if (x <= 0) {
      if (x == Math.rint(x)) {
        return Double.NaN;
      }
      // reflection: ψ(1 − x) − ψ(x) = π cot(πx)
      return digamma(1 - x) - Math.PI / tanPi(x);
    }
    if (x < 1) {
      return digamma(x + 1) - 1 / x;
    }
    if (x <= 2) {
      return chebyshev(DIGAMMA_NEAR_ROOT, x, 1, 2) * ((x - DIGAMMA_ROOT) - DIGAMMA_ROOT_LOW);
    }
    if (x < ASYMPTOTIC) {
      // ψ(x) = ψ(x − n) + Σ 1/(x − k), with x − n in (1, 2]; each x − k is exact
      double sum = 0;
      double y = x;
      while (y > 2) {
        y -= 1;
        sum += 1 / y;
      }
      return digamma(y) + sum;
    }
    double r2 = 1 / (x * x);
    return Math.log(x) - 0.5 / x - r2 * series(DIGAMMA_SERIES, r2);
  }

  /**
   * The trigamma function ψ′(x), the derivative of {@link #digamma}: +∞ at the poles 0, −1, −2, … (where it tends to
   * +∞ from both sides), 0 at +∞, NaN at −∞.
   */
  public static double trigamma(double x) {
    if (x <= 0) {
      if (x == Math.rint(x)) {
        return x == Double.NEGATIVE_INFINITY ? Double.NaN : Double.POSITIVE_INFINITY;
      }
      // reflection: ψ′(x) + ψ′(1 − x) = π² / sin²(πx)
      double s = sinPi(x);
      return PI_SQUARED / (s * s) - trigamma(1 - x);
    }
    if (x < ASYMPTOTIC) {
      // ψ′(x) = ψ′(x + n) + Σ 1/(x + k)², the small terms added first
      int n = (int) Math.ceil(ASYMPTOTIC - x);
      double sum = trigamma(x + n);
      for (int k = n - 1; k >= 0; k--) {
        double y = x + k;
        sum += 1 / (y * y);
      }
      return sum;
    }
    double r = 1 / x;
    double r2 = r * r;
    return r + 0.5 * r2 + r * r2 * series(TRIGAMMA_SERIES, r2);
  }

  /**
   * The tetragamma function ψ″(x), the derivative of {@link #trigamma}: NaN at the poles 0, −1, −2, … (where it changes
   * sign) and at −∞, 0 at +∞. Near its roots between negative poles the error is absolute, as for digamma.
   */
  public static double tetragamma(double x) {
    if (x <= 0) {
      if (x == Math.rint(x)) {
        return Double.NaN;
      }
      // trigamma's reflection differentiated: ψ″(x) − ψ″(1 − x) = −2π³ cos(πx) / sin³(πx)
      double s = sinPi(x);
      return tetragamma(1 - x) - 2 * PI_CUBED * cosPi(x) / (s * s * s);
    }
    if (x < ASYMPTOTIC) {
      // ψ″(x) = ψ″(x + n) − Σ 2/(x + k)³, the small terms added first
      int n = (int) Math.ceil(ASYMPTOTIC - x);
      double sum = tetragamma(x + n);
      for (int k = n - 1; k >= 0; k--) {
        double y = x + k;
        sum -= 2 / (y * y * y);
      }
      return sum;
    }
    double r = 1 / x;
    double r2 = r * r;
    return -r2 - r2 * r - r2 * r2 * series(TETRAGAMMA_SERIES, r2);
  }

  /** The logistic function (sigmoid) 1/(1 + e^(−x)), without overflow: 0 at −∞, 1 at +∞. */
  public static double logistic(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  /** The softplus function ln(1 + eˣ), as max(x, 0) + ln(1 + e^(−|x|)): no overflow, 0 at −∞, +∞ at +∞. */
  public static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  /**
   * ln Σ e^(xᵢ), shifted by the largest element so that nothing overflows: −∞ for an empty array or one of only −∞,
   * +∞ when an element is +∞ (and none is NaN), NaN when an element is NaN.
   */
  public static double logSumExp(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      max = Math.max(max, v);
    }
    if (Double.isInfinite(max)) {
      return max;
    }
    double sum = 0;
    for (double v : x) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }

  /** Σ (−x²)ⁿ/(n!(2n + 1)), so that erf(x) = 2x/√π times it: for x² < 1/4, where its terms fall by 1/4 or more. */
  private static double erfSeries(double square) {
    double term = 1;
    double sum = 1;
    for (int n = 1; Math.abs(term) > 1e-17; n++) {
      term *= -square / n;
      sum += term / (2 * n + 1);
    }
    return sum;
  }

  /** erfc(x) for x ≥ 1/2 or NaN: a Chebyshev factor times e^(−x²)/x, computed without rounding x². */
  private static double erfcAbove(double x) {
    if (x >= ERFC_END) {
      return 0;
    }
    return erfcFactor(x) * expMinusSquare(x, 1) / x;
  }

  /** x·e^(x²)·erfc(x) for x in [1/2, 28) or NaN: a slowly varying factor, expanded in t = 1/x. */
  private static double erfcFactor(double x) {
    double t = 1 / x;
    if (x < 1) {
      return chebyshev(ERFC_0, t, 1, 2);
    }
    if (x < 2) {
      return chebyshev(ERFC_1, t, 0.5, 1);
    }
    if (x < 4) {
      return chebyshev(ERFC_2, t, 0.25, 0.5);
    }
    if (x < 8) {
      return chebyshev(ERFC_3, t, 0.125, 0.25);
    }
    return chebyshev(ERFC_4, t, 1 / ERFC_END, 0.125);
  }

  /** The upper tail 1 − Φ(t) = erfc(t/√2)/2 for t ≥ 0 or NaN, with e^(−t²/2) computed from t itself. */
  private static double upperTail(double t) {
    double z = t / SQRT_TWO;
    if (z < 0.5) {
      return 0.5 * erfc(z);
    }
    if (z >= ERFC_END) {
      return 0;
    }
    return erfcFactor(z) * expMinusHalfSquare(t) / (SQRT_TWO * t);
  }

  /**
   * The t ≥ 0 with 1 − Φ(t) = q, for 0 < q ≤ 1/2, from the Abramowitz–Stegun 26.2.23 guess (within 4.5e−4): Halley's
   * method near the centre, Newton's on the logarithm in the tail, where neither side underflows.
   */
  private static double upperQuantile(double q) {
    double s = Math.sqrt(-2 * Math.log(q));
    double t = s - (2.515517 + s * (0.802853 + s * 0.010328)) / (1 + s * (1.432788 + s * (0.189269 + s * 0.001308)));
    double logQ = Math.log(q);
    for (int i = 0; i < 8; i++) {
      double step;
      if (q > 0.2) {
        // f(t) = 1 − Φ(t) − q formed from ½ − q (exact) and erf; f′ = −φ(t), f″ = tφ(t)
        double u = ((0.5 - q) - 0.5 * erf(t / SQRT_TWO)) / normalPdf(t);
        step = u / (1 - 0.5 * t * u);
      } else {
        // g(t) = ln(1 − Φ(t)) − ln q, g′ = −φ(t)/(1 − Φ(t))
        step = (logUpperTail(t) - logQ) * millsRatio(t);
      }
      t += step;
      if (Math.abs(step) <= 1e-17 * t) {
        break;
      }
    }
    return Math.max(t, 0);
  }

  /** ln(1 − Φ(t)) for t ≥ 0, finite where 1 − Φ(t) underflows. */
  private static double logUpperTail(double t) {
    double z = t / SQRT_TWO;
    return z < 0.5 ? Math.log(upperTail(t)) : Math.log(erfcFactor(z) / (SQRT_TWO * t)) - 0.5 * t * t;
  }

  /** Mills' ratio (1 − Φ(t))/φ(t) for t ≥ 0, finite where both underflow. */
  private static double millsRatio(double t) {
    double z = t / SQRT_TWO;
    return z < 0.5 ? upperTail(t) / normalPdf(t) : erfcFactor(z) * SQRT_PI / t;
  }

  /** e^(−scale·x²) for x ≥ 0 (or NaN) and a scale of 1 or 1/2, with x² split so that no rounding enters it. */
  private static double expMinusSquare(double x, double scale) {
    // high has 26 significant bits, so high² is exact; x² = high² + low·(x + high) with low = x − high exact
    double high = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xFFFFFFFFF8000000L);
    double low = x - high;
    return Math.exp(-scale * high * high) * Math.exp(-scale * low * (x + high));
  }

  /** e^(−x²/2) for x ≥ 0 or NaN: 0 beyond 40, where it underflows (and where x − high would be ∞ − ∞). */
  private static double expMinusHalfSquare(double x) {
    return x > 40 ? 0 : expMinusSquare(x, 0.5);
  }

  /** sin(πx), exact in its argument: x is reduced by the nearest integer n first, which changes the sign as n does. */
  private static double sinPi(double x) {
    return halfTurnSign(x) * Math.sin(Math.PI * (x - Math.rint(x)));
  }

  /** cos(πx), exact in its argument, as {@link #sinPi}: cos(πr) = sin(π(½ − |r|)), exactly 0 at the half-integers. */
  private static double cosPi(double x) {
    return halfTurnSign(x) * Math.sin(Math.PI * (0.5 - Math.abs(x - Math.rint(x))));
  }

  /** tan(πx), exact in its argument: tan has period π. */
  private static double tanPi(double x) {
    return Math.tan(Math.PI * (x - Math.rint(x)));
  }

  /** (−1)ⁿ for the integer n nearest to x: the sign of sin(π(x − n + n)) relative to sin(π(x − n)). */
  private static double halfTurnSign(double x) {
    return Math.rint(x) % 2 == 0 ? 1 : -1;
  }

  /** Σ cₖ yᵏ (Horner). */
  private static double series(double[] c, double y) {
    double sum = 0;
    for (int k = c.length - 1; k >= 0; k--) {
      sum = sum * y + c[k];
    }
    return sum;
  }

  /** Σ cₖ Tₖ(u) at u = (2t − a − b)/(b − a), by Clenshaw's recurrence: the expansion of a function on [a, b]. */
  private static double chebyshev(double[] c, double t, double a, double b) {
    double u = (2 * t - a - b) / (b - a);
    double next = 0;
    double current = 0;
    for (int k = c.length - 1; k >= 1; k--) {
      double previous = current;
      current = 2 * u * current - next + c[k];
      next = previous;
    }
    return u * current - next + c[0];
  }
}
