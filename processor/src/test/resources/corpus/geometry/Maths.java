/*
 * Source: husonlab/jloda3, jloda-core/src/main/java/Jama/util/Maths.java (commit not shown). Licence: the file
 * header says JAMA (MathWorks/NIST) "has been released to the public domain"; jloda3 itself is GPL-3 as far as
 * known (unsure).
 * Computes: sqrt(a^2 + b^2) without under/overflow (the JAMA hypot: branches on |a| > |b| and b != 0).
 */
package corpus.geometry;

public class Maths {

	/**
	 * sqrt(a^2 + b^2) without under/overflow.
	 **/

	@dev.nabla.Differentiable
	public static double hypot(double a, double b) {
		double r;
		if (Math.abs(a) > Math.abs(b)) {
			r = b / a;
			r = Math.abs(a) * Math.sqrt(1 + r * r);
		} else if (b != 0) {
			r = a / b;
			r = Math.abs(b) * Math.sqrt(1 + r * r);
		} else {
			r = 0.0;
		}
		return r;
	}
}
