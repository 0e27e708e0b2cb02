/*
 * Source: locationtech/jts, modules/core/src/main/java/org/locationtech/jts/geom/Triangle.java, commit
 * 07833d3c2f909fbc5dc49964444ae59b2b67ef4c. Licence: EDL-1.0 (Eclipse Distribution License, BSD-3-Clause),
 * dual-licensed with EPL-2.0 (file header, LICENSES.md); used under EDL-1.0.
 * Computes: triangle measures of Coordinate vertices: the area (Math.abs of a cross product), the circumradius
 * (calls the instance method Coordinate.distance three times and area, returns infinity for a degenerate triangle)
 * and the longest side (Coordinate.distance, branches).
 * Edits: package changed; only the static methods circumradius, longestSideLength and area are copied (verbatim, in
 * their order); the class Javadoc is not copied.
 */
package corpus.geometry;

public class Triangle
{
  /**
   * Computes the radius of the circumcircle of a triangle.
   * <p>
   * Formula is as per https://math.stackexchange.com/a/3610959
   * 
   * @param a a vertex of the triangle
   * @param b a vertex of the triangle
   * @param c a vertex of the triangle
   * @return the circumradius of the triangle
   */
  @dev.nabla.Differentiable
  public static double circumradius(Coordinate a, Coordinate b, Coordinate c) {
    double lenAB = a.distance(b);
    double lenBC = b.distance(c);
    double lenCA = c.distance(a);
    double area = area(a, b, c);
    if (area == 0.0)
      return Double.POSITIVE_INFINITY;
    return (lenAB * lenBC * lenCA) / (4 * area);
  }

  /**
   * Computes the length of the longest side of a triangle
   * 
   * @param a
   *          a vertex of the triangle
   * @param b
   *          a vertex of the triangle
   * @param c
   *          a vertex of the triangle
   * @return the length of the longest side of the triangle
   */
  @dev.nabla.Differentiable
  public static double longestSideLength(Coordinate a, Coordinate b,
      Coordinate c)
  {
    double lenAB = a.distance(b);
    double lenBC = b.distance(c);
    double lenCA = c.distance(a);
    double maxLen = lenAB;
    if (lenBC > maxLen)
      maxLen = lenBC;
    if (lenCA > maxLen)
      maxLen = lenCA;
    return maxLen;
  }

  /**
   * Computes the 2D area of a triangle. The area value is always non-negative.
   * 
   * @param a
   *          a vertex of the triangle
   * @param b
   *          a vertex of the triangle
   * @param c
   *          a vertex of the triangle
   * @return the area of the triangle
   * 
   * @see #signedArea(Coordinate, Coordinate, Coordinate)
   */
  @dev.nabla.Differentiable
  public static double area(Coordinate a, Coordinate b, Coordinate c)
  {
    return Math.abs(((c.x - a.x) * (b.y - a.y) - (b.x - a.x) * (c.y - a.y)) / 2);
  }
}
