/*
 * Source: wpilibsuite/allwpilib,
 * wpilibj/src/main/java/edu/wpi/first/wpilibj/kinematics/DifferentialDriveKinematics.java, commit
 * 21e957ee4272f417017e78101bb8139551a23a45 (2019-2020 version, stored copy id 2473237759). Licence: WPILib BSD
 * (3-clause), per file header.
 * Computes: differential-drive forward kinematics (wheel speeds -> chassis speed) and inverse kinematics (chassis
 * speed -> wheel speeds), instance methods reading the public final track width, taking and returning objects whose
 * state is public double fields (ChassisSpeeds.java, DifferentialDriveWheelSpeeds.java here).
 * Edits: package changed; the licence header is replaced by this comment. Otherwise verbatim.
 */
package corpus.robotics;

/**
 * Helper class that converts a chassis velocity (dx and dtheta components) to
 * left and right wheel velocities for a differential drive.
 *
 * <p>Inverse kinematics converts a desired chassis speed into left and right
 * velocity components whereas forward kinematics converts left and right
 * component velocities into a linear and angular chassis speed.
 */
@SuppressWarnings("MemberName")
public class DifferentialDriveKinematics {
  public final double trackWidthMeters;

  /**
   * Constructs a differential drive kinematics object.
   *
   * @param trackWidthMeters The track width of the drivetrain. Theoretically, this is
   *                         the distance between the left wheels and right wheels.
   *                         However, the empirical value may be larger than the physical
   *                         measured value due to scrubbing effects.
   */
  public DifferentialDriveKinematics(double trackWidthMeters) {
    this.trackWidthMeters = trackWidthMeters;
  }

  /**
   * Returns a chassis speed from left and right component velocities using
   * forward kinematics.
   *
   * @param wheelSpeeds The left and right velocities.
   * @return The chassis speed.
   */
  @dev.nabla.Differentiable
  public ChassisSpeeds toChassisSpeeds(DifferentialDriveWheelSpeeds wheelSpeeds) {
    return new ChassisSpeeds(
        (wheelSpeeds.leftMetersPerSecond + wheelSpeeds.rightMetersPerSecond) / 2, 0,
        (wheelSpeeds.rightMetersPerSecond - wheelSpeeds.leftMetersPerSecond)
            / trackWidthMeters
    );
  }

  /**
   * Returns left and right component velocities from a chassis speed using
   * inverse kinematics.
   *
   * @param chassisSpeeds The linear and angular (dx and dtheta) components that
   *                      represent the chassis' speed.
   * @return The left and right velocities.
   */
  @dev.nabla.Differentiable
  public DifferentialDriveWheelSpeeds toWheelSpeeds(ChassisSpeeds chassisSpeeds) {
    return new DifferentialDriveWheelSpeeds(
        chassisSpeeds.vxMetersPerSecond - trackWidthMeters / 2
          * chassisSpeeds.omegaRadiansPerSecond,
        chassisSpeeds.vxMetersPerSecond + trackWidthMeters / 2
          * chassisSpeeds.omegaRadiansPerSecond
    );
  }
}
