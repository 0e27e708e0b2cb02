package dev.nabla.sample;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line and scatter charts rendered to PNG files with XChart, headless. */
final class Plots {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Plots() {}

  /** An empty 900×560 line chart with a title, axis labels and optionally a logarithmic y axis. */
  static XYChart chart(String title, String xLabel, String yLabel, boolean logY) {
    XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel)
        .build();
    Styler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.InsideNE);
    styler.setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setYAxisLogarithmic(logY);
    chart.getStyler().setMarkerSize(9);
    return chart;
  }

  /** Adds a line without markers. */
  static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
    XYSeries series = chart.addSeries(name, x, y);
    series.setMarker(SeriesMarkers.NONE);
    return series;
  }

  /** Adds points without a connecting line. */
  static XYSeries points(XYChart chart, String name, double[] x, double[] y) {
    XYSeries series = chart.addSeries(name, x, y);
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    series.setMarker(SeriesMarkers.CIRCLE);
    return series;
  }

  /** Adds a few marked points in black, drawn over the lines. */
  static XYSeries highlight(XYChart chart, String name, double[] x, double[] y) {
    XYSeries series = points(chart, name, x, y);
    series.setMarker(SeriesMarkers.DIAMOND);
    series.setMarkerColor(Color.BLACK);
    return series;
  }

  /** The numbers 0, 1, …, n − 1 as doubles, for iteration or epoch axes. */
  static double[] indices(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }

  /** The numbers 1, 2, …, n as doubles, for a logarithmic iteration axis that cannot show 0. */
  static double[] fromOne(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i + 1;
    }
    return x;
  }

  /** n equally spaced points from {@code from} to {@code to}. */
  static double[] grid(double from, double to, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = from + (to - from) * i / (n - 1);
    }
    return x;
  }

  /** Writes the chart as {@code directory/name.png}, creating the directory, and returns the file. */
  static Path save(XYChart chart, Path directory, String name) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(name + ".png");
    BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    return file;
  }
}
