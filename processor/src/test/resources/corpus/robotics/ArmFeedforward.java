/*
 * Source: wpilibsuite/allwpilib, wpilibj/src/main/java/edu/wpi/first/wpilibj/controller/ArmFeedforward.java
 * (2019-2020 version, stored copy id 13071217156; commit not shown). Licence: WPILib BSD (3-clause).
 * Computes: arm feedforward ks*sgn(v) + kcos*cos(theta) + kv*v + ka*a, gains in final fields.
 */
package corpus.robotics;

public class ArmFeedforward {
  private final double m_kS;
  private final double m_kCos;
  private final double m_kV;
  private final double m_kA;

  public ArmFeedforward(double kS, double kCos, double kV, double kA) {
    m_kS = kS;
    m_kCos = kCos;
    m_kV = kV;
    m_kA = kA;
  }

  public ArmFeedforward(double kS, double kCos, double kV) {
    this(kS, kCos, kV, 0);
  }

  @dev.nabla.Differentiable
  public double calculate(double positionRadians, double velocity,
                          double acceleration) {
    return m_kS * Math.signum(velocity) + m_kCos * Math.cos(positionRadians) + m_kV * velocity
        + m_kA * acceleration;
  }

  public double calculate(double positionRadians, double velocity) {
    return calculate(positionRadians, velocity, 0);
  }
}
