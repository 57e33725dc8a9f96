package io.khabar.bench;

import java.util.List;
import java.util.Map;

/** The markdown of {@code report.md}: one table a phase, the targets met or missed, the bottleneck, the chart. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    @SuppressWarnings("unchecked")
    static void append(List<String> out, Map<String, Object> json, String chart) {
        Map<String, Object> broker = (Map<String, Object>) json.get("broker");
        Map<String, Object> pass = (Map<String, Object>) json.get("passThrough");
        Map<String, Object> pipe = (Map<String, Object>) json.get("pipeline");
        List<Map<String, Object>> latencies = (List<Map<String, Object>>) json.getOrDefault("latency", List.of());
        Map<String, Object> lat = latencies.isEmpty() ? null : latencies.get(0);
        Map<String, Object> queries = (Map<String, Object>) json.get("queries");
        out.add("");
        out.add("## Throughput");
        out.add("");
        out.add("| what | articles | seconds | articles/s |");
        out.add("|---|---|---|---|");
        if (broker != null) {
            out.add("| broker alone: producer (acks=all, idempotent, zstd) | " + broker.get("records") + " | – | "
                    + broker.get("producedPerSecond") + " |");
            out.add("| broker alone: consumer | " + broker.get("records") + " | – | " + broker.get("consumedPerSecond")
                    + " |");
        }
        if (pass != null) {
            out.add("| pass-through baseline (produce → consume → store in PostgreSQL, no enrichment) | "
                    + pass.get("articles") + " | " + pass.get("seconds") + " | " + pass.get("perSecond") + " |");
        }
        if (pipe != null) {
            out.add("| **Khabar end to end** (POST → ingest → enrich → query → stored), first post to last stored | "
                    + pipe.get("new") + " | " + pipe.get("seconds") + " | **" + pipe.get("perSecond") + "** |");
            out.add("| Khabar end to end, steady state (10% to 90% stored) | – | – | " + pipe.get("steadyPerSecond")
                    + " |");
            out.add("");
            out.add("Ingest took the " + pipe.get("posted") + " articles (" + pipe.get("new") + " new) in "
                    + pipe.get("postSeconds") + " s. Peak lag: " + pipe.get("peakLag") + ". Mean cores used while it "
                    + "ran: " + pipe.get("meanCores") + ". Peak memory (MiB, proportional set size): "
                    + pipe.get("peakMemoryMiB") + ".");
        }
        if (json.get("enrichStagesMeanMicros") != null) {
            out.add("");
            out.add("enrich-service's stages, mean µs an article (from the stored payloads' `stages`): "
                    + json.get("enrichStagesMeanMicros") + ".");
        }
        if (lat != null) {
            out.add("");
            out.add("## Ingest → queryable latency at a fixed offered rate");
            out.add("");
            out.add("| offered/s | posted/s | posted | new | seen stored | p50 ms | p95 ms | p99 ms | max ms | peak lag |");
            out.add("|---|---|---|---|---|---|---|---|---|---|");
            for (Map<String, Object> l : latencies) {
                out.add("| " + l.get("offeredPerSecond") + " | " + l.get("postedPerSecond") + " | " + l.get("posted")
                        + " | " + l.get("new") + " | " + l.get("seenStored") + " | " + l.get("p50Ms") + " | "
                        + l.get("p95Ms") + " | " + l.get("p99Ms") + " | " + l.get("maxMs") + " | "
                        + l.get("peakLag") + " |");
            }
            out.add("");
            out.add("Each article is timed from its scheduled send to its announcement on `GET /api/v1/articles/stream`,"
                    + " which looks for new articles every 500 ms. The second row, when there is one, offers a rate the"
                    + " pipeline sustains here (a share of the steady rate measured above).");
        }
        if (queries != null) {
            out.add("");
            out.add("## Query latency under concurrent load (" + queries.get("clients") + " clients, "
                    + queries.get("seconds") + " s)");
            out.add("");
            out.add("| kind | requests | requests/s | p50 ms | p95 ms | p99 ms | errors |");
            out.add("|---|---|---|---|---|---|---|");
            ((Map<String, Map<String, Object>>) queries.get("kinds")).values().forEach(k -> out.add("| "
                    + k.get("label") + " | " + k.get("requests") + " | " + k.get("perSecond") + " | " + k.get("p50Ms")
                    + " | " + k.get("p95Ms") + " | " + k.get("p99Ms") + " | " + k.get("errors") + " |"));
        }
        targets(out, pipe, pass, lat);
        if (json.get("bottleneck") != null) {
            out.add("");
            out.add("## Bottleneck");
            out.add("");
            out.add(String.valueOf(json.get("bottleneck")));
        }
        if (chart != null) {
            out.add("");
            out.add("![throughput and lag over time](" + chart + ")");
        }
    }

    private static void targets(List<String> out, Map<String, Object> pipe, Map<String, Object> pass,
                                Map<String, Object> lat) {
        out.add("");
        out.add("## Targets (issue 8)");
        out.add("");
        out.add("| target | measured | met |");
        out.add("|---|---|---|");
        if (pipe != null) {
            double rate = number(pipe.get("perSecond"));
            out.add("| ≥ " + (int) BenchReport.TARGET_RATE + " articles/s end to end | " + rate + " | "
                    + yes(rate >= BenchReport.TARGET_RATE) + " |");
            if (pass != null) {
                double share = rate / number(pass.get("perSecond"));
                out.add("| ≥ " + Math.round(BenchReport.TARGET_SHARE * 100) + "% of the pass-through baseline | "
                        + Math.round(share * 1000) / 10.0 + "% | " + yes(share >= BenchReport.TARGET_SHARE) + " |");
            }
        }
        if (lat != null) {
            double p99 = number(lat.get("p99Ms"));
            boolean all = number(lat.get("seenStored")) >= number(lat.get("new"));
            out.add("| p99 ingest → queryable < " + (int) BenchReport.TARGET_P99_MS + " ms at "
                    + lat.get("offeredPerSecond") + " articles/s offered | " + p99 + " ms" + (all ? "" : " (not all "
                    + "seen stored within the drain time)") + " | " + yes(all && p99 < BenchReport.TARGET_P99_MS) + " |");
        }
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }
}
