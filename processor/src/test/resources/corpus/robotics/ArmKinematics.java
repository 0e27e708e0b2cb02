/*
 * Source: Team100/all24, lib/src/main/java/org/team100/lib/motion/arm/ArmKinematics.java,
 * commit 035c2072f77916e80a985d1809d7b5a09986a902 (stored copy id 5559812684). Licence: the Unlicense (public
 * domain; LICENSE at commit 5e2f076101a6109bdcba10fcbd37418a71d4c0fa: "Portions of this repository which are not
 * derivative works are free and unencumbered software released into the public domain").
 * Computes: forward kinematics of a two-joint planar arm, instance methods reading the private final link lengths:
 * the end and elbow positions from absolute joint angles (ArmAngles, public final double fields) as a WPILib
 * Translation2d (private fields, Translation2d.java here), and the joint velocities for a Cartesian velocity given
 * as a Translation2d, returned as ArmAngles. inverse (law of cosines, null when unreachable) is not a target.
 * Edits: package changed; the WPILib import is dropped (Translation2d.java is in this package). Otherwise verbatim.
 */
package corpus.robotics;

public class ArmKinematics {
    private final double l1;
    private final double l2;

    /**
     * Lengths counting out from the grounded joint. Units here determine units
     * below.
     * 
     * @param l1 proximal
     * @param l2 distal
     */
    public ArmKinematics(double l1, double l2) {
        this.l1 = l1;
        this.l2 = l2;
    }

    /**
     * Calculates the position of the arm based on absolute joint angles, counting
     * out from the grounded joint.
     * 
     * @param a absolute angles
     * @return end position
     */
    @dev.nabla.Differentiable
    public Translation2d forward(ArmAngles a) {
        return new Translation2d(
                l1 * Math.cos(a.th1) + l2 * Math.cos(a.th2),
                l1 * Math.sin(a.th1) + l2 * Math.sin(a.th2));
    }

    /**
     * Calculates the position of the elbow only, for visualization.
     */
    @dev.nabla.Differentiable
    public Translation2d elbow(ArmAngles a) {
        return new Translation2d(l1 * Math.cos(a.th1), l1 * Math.sin(a.th1));
    }

    /**
     * Calculate absolute joint angles given cartesian coords of the end.
     * 
     * It's an application of the law of cosines. For diagram, see this doc:
     * https://docs.google.com/document/d/135U309CXN29X3Oube1N1DaXPHlo6r-YdnPHMH8NBev8/edit
     * 
     * @param x
     * @param y
     * @return absolute joint angles, null if unreachable.
     */
    public ArmAngles inverse(Translation2d t) {
        double r = Math.sqrt(t.getX() * t.getX() + t.getY() * t.getY());
        double gamma = Math.atan2(t.getY(), t.getX());
        double beta = Math.acos((r * r + l1 * l1 - l2 * l2) / (2 * r * l1));
        double alpha = Math.acos((l1 * l1 + l2 * l2 - r * r) / (2 * l1 * l2));
        double th1 = gamma - beta;
        double th2 = Math.PI + th1 - alpha;
        if (Double.isNaN(th1) || Double.isNaN(th2))
            return null;
        return new ArmAngles(th1, th2);
    }

    @dev.nabla.Differentiable
    public ArmAngles inverseVel(ArmAngles pos, Translation2d vel) {
        double dy = vel.getY();
        double dx = vel.getX();

        double dth1 = (dx * Math.cos(pos.th2) + dy * Math.sin(pos.th2))
                / (l1 * Math.sin(pos.th2 - pos.th1));

        double dth2 = (dx * Math.cos(pos.th1) + dy * Math.sin(pos.th1) )
                / (l2 * Math.sin(pos.th1 - pos.th2));

        return new ArmAngles(dth1, dth2);
    }

}
