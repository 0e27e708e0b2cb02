/*
 * Source: wpilibsuite/allwpilib, wpilibj/src/main/java/edu/wpi/first/wpilibj/kinematics/ChassisSpeeds.java, commit
 * 6a8ddf78b6091f1f173a8733c2ea842c0d0fc2b1 (2019-2020 version, stored copy id 2886123537). Licence: WPILib BSD
 * (3-clause), per file header.
 * Computes: nothing of its own here; the chassis speed of DifferentialDriveKinematics, public double fields.
 * Edits: package changed; the licence header is replaced by this comment; the static fromFieldRelativeSpeeds and
 * the import of the Rotation2d it takes are omitted. The fields and constructors are verbatim.
 */
package corpus.robotics;

/**
 * Represents the speed of a robot chassis. Although this struct contains
 * similar members compared to a Twist2d, they do NOT represent the same thing.
 * Whereas a Twist2d represents a change in pose w.r.t to the robot frame of reference,
 * this ChassisSpeeds struct represents a velocity w.r.t to the robot frame of
 * reference.
 *
 * <p>A strictly non-holonomic drivetrain, such as a differential drive, should
 * never have a dy component because it can never move sideways. Holonomic
 * drivetrains such as swerve and mecanum will often have all three components.
 */
@SuppressWarnings("MemberName")
public class ChassisSpeeds {
  /**
   * Represents forward velocity w.r.t the robot frame of reference. (Fwd is +)
   */
  public double vxMetersPerSecond;

  /**
   * Represents sideways velocity w.r.t the robot frame of reference. (Left is +)
   */
  public double vyMetersPerSecond;

  /**
   * Represents the angular velocity of the robot frame. (CCW is +)
   */
  public double omegaRadiansPerSecond;

  /**
   * Constructs a ChassisSpeeds with zeros for dx, dy, and theta.
   */
  public ChassisSpeeds() {
  }

  /**
   * Constructs a ChassisSpeeds object.
   *
   * @param vxMetersPerSecond     Forward velocity.
   * @param vyMetersPerSecond     Sideways velocity.
   * @param omegaRadiansPerSecond Angular velocity.
   */
  public ChassisSpeeds(double vxMetersPerSecond, double vyMetersPerSecond,
                       double omegaRadiansPerSecond) {
    this.vxMetersPerSecond = vxMetersPerSecond;
    this.vyMetersPerSecond = vyMetersPerSecond;
    this.omegaRadiansPerSecond = omegaRadiansPerSecond;
  }
}
