package dev.nabla.sample;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where an example writes: its progress lines and its plots.
 *
 * @param progress the stream for lines printed while the example runs (e.g. one per training epoch)
 * @param plotDirectory the directory for the PNG plots, created when needed
 */
public record ExampleContext(PrintStream progress, Path plotDirectory) {}
