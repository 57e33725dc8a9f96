package io.khabar.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's chart (XChart, PNG): over the seconds of the throughput phase, articles stored per second on the left
 * axis, and each consumer group's lag on the right (ingest takes the articles in within seconds, so the lag shows
 * the backlog each stage works through).
 */
final class TimelineChart {

    private TimelineChart() {
    }

    static void write(List<Sampler.Point> points, List<String> groups, Path png) throws IOException {
        XYChart chart = new XYChartBuilder().width(1000).height(500)
                .title("Throughput and consumer lag over the throughput phase")
                .xAxisTitle("seconds").yAxisTitle("articles per second").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE).setYAxisGroupPosition(1,
                Styler.YAxisPosition.Right).setChartBackgroundColor(java.awt.Color.WHITE);
        chart.setYAxisGroupTitle(1, "lag (records)");
        chart.getStyler().setYAxisMin(0, 0.0).setYAxisMin(1, 0.0);
        List<Double> t = new ArrayList<>();
        List<Double> stored = new ArrayList<>();
        Sampler.Point previous = null;
        for (Sampler.Point p : points) {
            if (previous != null) {
                double dt = Math.max(1e-3, p.t() - previous.t());
                t.add(p.t());
                stored.add((p.stored() - previous.stored()) / dt);
            }
            previous = p;
        }
        if (t.isEmpty()) {
            throw new IOException("fewer than two points to chart");
        }
        line(chart, "stored (queryable) per second", t, stored, 0);
        for (String g : groups) {
            List<Double> lag = points.subList(1, points.size()).stream()
                    .map(p -> (double) p.lag().getOrDefault(g, 0L)).toList();
            line(chart, "lag of " + g, t, lag, 1);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static void line(XYChart chart, String name, List<Double> x, List<Double> y, int axis) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setYAxisGroup(axis);
    }
}
