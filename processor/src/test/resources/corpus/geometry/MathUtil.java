/*
 * Source: locationtech/jts, modules/core/src/main/java/org/locationtech/jts/math/MathUtil.java, commit
 * 07833d3c2f909fbc5dc49964444ae59b2b67ef4c. Licence: EDL-1.0 (Eclipse Distribution License, BSD-3-Clause),
 * dual-licensed with EPL-2.0 (file header, LICENSES.md); used under EDL-1.0.
 * Computes: hypot(x, y) as sqrt(x*x + y*y), the helper of Coordinate.distance (no function of this file is a
 * target).
 * Edits: package changed; only hypot is copied (verbatim); the class Javadoc is not copied.
 */
package corpus.geometry;

public class MathUtil
{
  /**
   * Computes the length of the vector (x,y).
   * This is the length of the hypotenuse of 
   * a right triangle with sides of length x and y.
   * 
   * This function is faster than the standard {@link Math.hypot} function.
   * 
   * @param x the x ordinate
   * @param y the y ordinate
   * @return the length of vector (x,y)
   */
  public static double hypot(double x, double y) {
    return Math.sqrt(x * x +  y * y);
  }
}
