/*
 * Source: wpilibsuite/allwpilib, wpimath/src/main/java/edu/wpi/first/math/geometry/Translation2d.java,
 * commit 156cdd71fd6716bc0664f95d95c57a54150d1978 (stored copy id 7396509803). Licence: WPILib BSD (3-clause), per
 * file header.
 * Computes: nothing that is a target; the library point ArmKinematics returns and takes, with private final fields.
 * Edits: package changed; the licence header is replaced by this comment; the Jackson annotations and imports,
 * "implements Interpolatable<Translation2d>" and interpolate, the Rotation2d constructor and rotateBy, unaryMinus,
 * div, toString, equals and hashCode are omitted. The class Javadoc, fields, the two double constructors, getDistance,
 * getX, getY, getNorm, plus, minus and times are verbatim.
 */
package corpus.robotics;

/**
 * Represents a translation in 2d space. This object can be used to represent a point or a vector.
 *
 * <p>This assumes that you are using conventional mathematical axes. When the robot is placed on
 * the origin, facing toward the X direction, moving forward increases the X, whereas moving to the
 * left increases the Y.
 */
@SuppressWarnings({"ParameterName", "MemberName"})
public class Translation2d {
  private final double m_x;
  private final double m_y;

  /** Constructs a Translation2d with X and Y components equal to zero. */
  public Translation2d() {
    this(0.0, 0.0);
  }

  /**
   * Constructs a Translation2d with the X and Y components equal to the provided values.
   *
   * @param x The x component of the translation.
   * @param y The y component of the translation.
   */
  public Translation2d(
      double x,
      double y) {
    m_x = x;
    m_y = y;
  }

  /**
   * Calculates the distance between two translations in 2d space.
   *
   * <p>This function uses the pythagorean theorem to calculate the distance. distance = sqrt((x2 -
   * x1)^2 + (y2 - y1)^2)
   *
   * @param other The translation to compute the distance to.
   * @return The distance between the two translations.
   */
  public double getDistance(Translation2d other) {
    return Math.hypot(other.m_x - m_x, other.m_y - m_y);
  }

  /**
   * Returns the X component of the translation.
   *
   * @return The x component of the translation.
   */
  public double getX() {
    return m_x;
  }

  /**
   * Returns the Y component of the translation.
   *
   * @return The y component of the translation.
   */
  public double getY() {
    return m_y;
  }

  /**
   * Returns the norm, or distance from the origin to the translation.
   *
   * @return The norm of the translation.
   */
  public double getNorm() {
    return Math.hypot(m_x, m_y);
  }

  /**
   * Adds two translations in 2d space and returns the sum. This is similar to vector addition.
   *
   * <p>For example, Translation2d{1.0, 2.5} + Translation2d{2.0, 5.5} = Translation2d{3.0, 8.0}
   *
   * @param other The translation to add.
   * @return The sum of the translations.
   */
  public Translation2d plus(Translation2d other) {
    return new Translation2d(m_x + other.m_x, m_y + other.m_y);
  }

  /**
   * Subtracts the other translation from the other translation and returns the difference.
   *
   * <p>For example, Translation2d{5.0, 4.0} - Translation2d{1.0, 2.0} = Translation2d{4.0, 2.0}
   *
   * @param other The translation to subtract.
   * @return The difference between the two translations.
   */
  public Translation2d minus(Translation2d other) {
    return new Translation2d(m_x - other.m_x, m_y - other.m_y);
  }

  /**
   * Multiplies the translation by a scalar and returns the new translation.
   *
   * <p>For example, Translation2d{2.0, 2.5} * 2 = Translation2d{4.0, 5.0}
   *
   * @param scalar The scalar to multiply by.
   * @return The scaled translation.
   */
  public Translation2d times(double scalar) {
    return new Translation2d(m_x * scalar, m_y * scalar);
  }
}
