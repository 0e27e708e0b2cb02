/*
 * Source: Team100/all24, lib/src/main/java/org/team100/lib/motion/arm/ArmAngles.java,
 * commit 26ff8139df8b71dda1bce061f8ac30ebeabf7715 (stored copy id 4538894818). Licence: the Unlicense (public
 * domain), as ArmKinematics.java.
 * Computes: nothing; the joint angles of ArmKinematics, public final double fields.
 * Edits: package changed. Otherwise verbatim.
 */
package corpus.robotics;

/**
 * Represents a 2DOF serial arm.
 */
public class ArmAngles {
    /** absolute proximal radians */
    public final double th1;
    /** absolute distal radians */
    public final double th2;

    /**
     * Absolute angles in radians, counting out from the grounded joint.
     * 
     * @param th1 proximal
     * @param th2 distal
     */
    public ArmAngles(double th1, double th2) {
        this.th1 = th1;
        this.th2 = th2;
    }
}
