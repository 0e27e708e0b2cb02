/*
 * Source: locationtech/jts, modules/core/src/main/java/org/locationtech/jts/geom/Coordinate.java, commit
 * 07833d3c2f909fbc5dc49964444ae59b2b67ef4c. Licence: EDL-1.0 (Eclipse Distribution License, BSD-3-Clause),
 * dual-licensed with EPL-2.0 (file header, LICENSES.md); used under EDL-1.0.
 * Computes: the 2D distance between two coordinates, an instance method of a class whose state is public double
 * fields, calling JTS's MathUtil.hypot (MathUtil.java here).
 * Edits: package changed; only the constant NULL_ORDINATE, the fields x, y, z, the constructors Coordinate(x, y,
 * z), Coordinate() and Coordinate(x, y) and the method distance are copied (verbatim); the class no longer
 * implements Comparable, Cloneable, Serializable, whose methods are not copied; the class Javadoc is cut to its
 * first sentence.
 */
package corpus.geometry;

/**
 * A lightweight class used to store coordinates on the 2-dimensional Cartesian plane.
 */
public class Coordinate {
  /**
   * The value used to indicate a null or missing ordinate value.
   * In particular, used for the value of ordinates for dimensions 
   * greater than the defined dimension of a coordinate.
   */
  public static final double NULL_ORDINATE = Double.NaN;

  /**
   * The x-ordinate.
   */
  public double x;

  /**
   * The y-ordinate.
   */
  public double y;

  /**
   * The z-ordinate.
   * <p>
   * Direct access to this field is discouraged; use {@link #getZ()}.
   */
  public double z;

  /**
   *  Constructs a <code>Coordinate</code> at (x,y,z).
   *
   *@param  x  the x-ordinate
   *@param  y  the y-ordinate
   *@param  z  the z-ordinate
   */
  public Coordinate(double x, double y, double z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  /**
   *  Constructs a <code>Coordinate</code> at (0,0,NaN).
   */
  public Coordinate() {
    this(0.0, 0.0);
  }

  /**
   *  Constructs a <code>Coordinate</code> at (x,y,NaN).
   *
   *@param  x  the x-value
   *@param  y  the y-value
   */
  public Coordinate(double x, double y) {
    this(x, y, NULL_ORDINATE);
  }

  /**
   * Computes the 2-dimensional Euclidean distance to another location.
   * The Z-ordinate is ignored.
   * 
   * @param c a point
   * @return the 2-dimensional Euclidean distance between the locations
   */
  @dev.nabla.Differentiable
  public double distance(Coordinate c) {
    double dx = x - c.x;
    double dy = y - c.y;
    return MathUtil.hypot(dx, dy);
  }
}
