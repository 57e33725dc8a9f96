package io.khabar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.khabar.local.QueryLoad.KindResult;
import io.khabar.local.QueryMix.Kind;

/**
 * What a run of the benchmark found, as {@code result.json} (every figure and the timeline), {@code report.md} (the
 * tables, the targets, the bottleneck) and {@code timeline.png} ({@link TimelineChart}), all in one folder.
 */
final class BenchReport {

    static final double TARGET_RATE = 1000;
    static final double TARGET_SHARE = 0.60;
    static final double TARGET_P99_MS = 2000;

    final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String> md = new ArrayList<>();

    BenchReport(String command, Map<String, Object> settings, Map<String, Integer> texts) {
        json.put("date", LocalDate.now().toString());
        json.put("command", command);
        json.put("machine", Machine.describe());
        json.put("settings", settings);
        json.put("corpusTexts", texts);
        md.add("# Khabar end-to-end benchmark, " + LocalDate.now());
        md.add("");
        md.add("Machine: " + Machine.line() + ". Everything (broker, PostgreSQL, the three services, the load "
                + "generator) on this one machine.");
        md.add("");
        md.add("Command: `" + command + "`");
        md.add("");
        md.add("Corpus texts: " + texts + "; settings: " + settings + ".");
    }

    void broker(BrokerPhase.Result r) {
        json.put("broker", Map.of("records", r.records(), "averageRecordChars", r.bytes() / r.records(),
                "producedPerSecond", round(r.produceRate()), "consumedPerSecond", round(r.consumeRate())));
    }

    void passThrough(PassThroughPhase.Result r) {
        json.put("passThrough", Map.of("articles", r.articles(), "seconds", round(r.seconds()),
                "perSecond", round(r.rate())));
    }

    void pipeline(PipelinePhase.Result r, List<String> parts) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("posted", r.posted());
        p.put("new", r.fresh());
        p.put("postSeconds", round(r.postSeconds()));
        p.put("seconds", round(r.seconds()));
        p.put("perSecond", round(r.rate()));
        p.put("steadyPerSecond", round(r.steadyRate()));
        p.put("meanCores", meanCores(r.points(), parts));
        p.put("peakMemoryMiB", peakMemory(r.points(), parts));
        p.put("peakLag", peakLag(r.points()));
        json.put("pipeline", p);
        json.put("timeline", r.points());
    }

    void latency(LatencyPhase.Result r) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("offeredPerSecond", r.offeredRate());
        l.put("postedPerSecond", round(r.postedRate()));
        l.put("posted", r.posted());
        l.put("new", r.fresh());
        l.put("seenStored", r.seen());
        l.put("p50Ms", round(r.p50()));
        l.put("p95Ms", round(r.p95()));
        l.put("p99Ms", round(r.p99()));
        l.put("maxMs", round(r.max()));
        l.put("peakLag", peakLag(r.points()));
        @SuppressWarnings("unchecked")
        List<Object> runs = (List<Object>) json.computeIfAbsent("latency", k -> new ArrayList<>());
        runs.add(l);
    }

    void queries(Map<Kind, KindResult> results, int clients, int seconds) {
        Map<String, Object> q = new LinkedHashMap<>();
        results.forEach((k, r) -> q.put(k.name(), Map.of("label", k.label, "requests", r.requests(),
                "perSecond", round(r.rate()), "p50Ms", round(r.percentileMillis(0.5)),
                "p95Ms", round(r.percentileMillis(0.95)), "p99Ms", round(r.percentileMillis(0.99)),
                "errors", r.errors())));
        json.put("queries", Map.of("clients", clients, "seconds", seconds, "kinds", q));
    }

    void stages(Map<String, Double> meanMicros) {
        json.put("enrichStagesMeanMicros", meanMicros);
    }

    void bottleneck(String text) {
        json.put("bottleneck", text);
    }

    /** Writes the three files into {@code dir}. */
    void write(Path dir, List<String> groups) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(dir.resolve("result.json").toFile(), json);
        String chart = "timeline.png";
        @SuppressWarnings("unchecked")
        List<Sampler.Point> points = (List<Sampler.Point>) json.getOrDefault("timeline", List.of());
        try {
            TimelineChart.write(points, groups, dir.resolve(chart));
        } catch (IOException | RuntimeException | Error e) { // no fonts or no AWT on this JDK: the report says so
            chart = null;
            md.add("");
            md.add("(The chart could not be drawn here: " + e + ")");
        }
        Files.writeString(dir.resolve("report.md"), markdown(chart), StandardCharsets.UTF_8);
    }

    private String markdown(String chart) {
        List<String> out = new ArrayList<>(md);
        MarkdownTables.append(out, json, chart);
        return String.join("\n", out) + "\n";
    }

    private static Map<String, Double> meanCores(List<Sampler.Point> points, List<String> parts) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : parts) {
            double mean = points.stream().mapToDouble(p -> p.cores().getOrDefault(part, 0.0)).average()
                    .orElse(Double.NaN);
            out.put(part, Double.isFinite(mean) ? Math.round(mean * 100) / 100.0 : Double.NaN);
        }
        return out;
    }

    private static Map<String, Long> peakMemory(List<Sampler.Point> points, List<String> parts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String part : parts) {
            out.put(part, points.stream().mapToLong(p -> p.memory().getOrDefault(part, 0L)).max().orElse(0) >> 20);
        }
        return out;
    }

    static Map<String, Long> peakLag(List<Sampler.Point> points) {
        Map<String, Long> out = new LinkedHashMap<>();
        points.forEach(p -> p.lag().forEach((g, lag) -> out.merge(g, lag, Math::max)));
        return out;
    }

    static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : Double.NaN;
    }
}
