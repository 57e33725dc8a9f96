package io.khabar.bench;

import java.util.List;
import java.util.Map;

/**
 * Names the stage that limited the throughput phase, from what was measured: where the backlog built up (each
 * consumer group's peak lag), how many cores each part used, and, for enrich-service, its costliest stages.
 */
final class Bottleneck {

    private Bottleneck() {
    }

    static String describe(PipelinePhase.Result run, Map<String, Double> stages) {
        Map<String, Long> lag = BenchReport.peakLag(run.points());
        long enrichLag = lag.getOrDefault("enrich-service", 0L);
        long queryLag = lag.getOrDefault("query-service", 0L);
        Map<String, Double> cores = meanCores(run.points());
        double total = cores.values().stream().mapToDouble(Double::doubleValue).sum();
        int machine = Runtime.getRuntime().availableProcessors();
        String where;
        if (enrichLag >= queryLag) {
            where = String.format("enrich-service: up to %d articles waited on articles.raw for it while at most %d"
                    + " waited on articles.enriched for query-service, so storage kept up with enrichment."
                    + " enrich-service used %.2f cores on average; its costliest stages an article: %s.",
                    enrichLag, queryLag, cores.getOrDefault("enrich-service", 0.0), BenchRun.top(stages, 4));
        } else {
            where = String.format("query-service and PostgreSQL: up to %d articles waited on articles.enriched while"
                    + " at most %d waited for enrichment. query-service used %.2f cores, PostgreSQL %.2f.", queryLag,
                    enrichLag, cores.getOrDefault("query-service", 0.0), cores.getOrDefault(ProcessStats.POSTGRES, 0.0));
        }
        String machineLine = String.format(" All parts together used %.2f of the machine's %d cores (%s)", total,
                machine, format(cores));
        return where + machineLine + (total > machine * 0.85 ? ": the machine's CPU is saturated, so any stage's"
                + " CPU per article is taken from the others." : ".");
    }

    private static Map<String, Double> meanCores(List<Sampler.Point> points) {
        Map<String, Double> sum = new java.util.LinkedHashMap<>();
        points.forEach(p -> p.cores().forEach((k, v) -> sum.merge(k, v, Double::sum)));
        sum.replaceAll((k, v) -> v / Math.max(1, points.size()));
        return sum;
    }

    private static String format(Map<String, Double> cores) {
        StringBuilder b = new StringBuilder();
        cores.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format("%.2f", v)));
        return b.toString();
    }
}
