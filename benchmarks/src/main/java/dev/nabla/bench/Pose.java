package dev.nabla.bench;

/** A planar rigid motion, a record point: translation (x, y), then rotation θ. */
public record Pose(double x, double y, double theta) {}
