/*
 * Source: wpilibsuite/allwpilib, wpilibj/src/main/java/edu/wpi/first/wpilibj/controller/SimpleMotorFeedforward.java
 * (2019 version; stored copy, commit not shown by the search result). Licence: WPILib BSD (3-clause), per file header.
 * Computes: feedforward voltage ks*sgn(v) + kv*v + ka*a of a permanent-magnet DC motor, gains in final fields.
 */
package corpus.robotics;

public class SimpleMotorFeedforward {
  private final double m_kS;
  private final double m_kV;
  private final double m_kA;

  public SimpleMotorFeedforward(double kS, double kV, double kA) {
    m_kS = kS;
    m_kV = kV;
    m_kA = kA;
  }

  public SimpleMotorFeedforward(double kS, double kV) {
    this(kS, kV, 0);
  }

  @dev.nabla.Differentiable
  public double calculate(double velocity, double acceleration) {
    return m_kS * Math.signum(velocity) + m_kV * velocity + m_kA * acceleration;
  }

  public double calculate(double velocity) {
    return calculate(velocity, 0);
  }
}
