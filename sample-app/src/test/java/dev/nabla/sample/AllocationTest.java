package dev.nabla.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The out-parameter forms of fixed-size bodies allocate nothing: no boxing, no arrays, no tape. */
class AllocationTest {

  @Test
  void fixedSizeGradientAndHessianVectorAllocateNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    double[] gradient = new double[1];
    double[] v = {1.0};
    double[] hv = new double[1];
    double sink = 0;
    for (int warm = 0; warm < 20_000; warm++) {
      sink += LectureExamplesDerivatives.adExampleGradient(0.001 * warm, gradient);
      sink += LectureExamplesDerivatives.adExampleHessianVector(0.001 * warm, v, hv);
    }
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < 100_000; i++) {
      sink += LectureExamplesDerivatives.adExampleGradient(0.00001 * i, gradient);
      sink += LectureExamplesDerivatives.adExampleHessianVector(0.00001 * i, v, hv);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertEquals(0, allocated, 1024, "bytes allocated by 200,000 calls (sink " + sink + ")");
  }
}
