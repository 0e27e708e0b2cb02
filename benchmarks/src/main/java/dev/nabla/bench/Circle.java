package dev.nabla.bench;

/** A circle in the plane, a record point: centre (cx, cy) and radius r. */
public record Circle(double cx, double cy, double r) {}
