package io.khabar.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.khabar.browser.Browser;
import org.openqa.selenium.PageLoadStrategy;
import io.khabar.stack.KhabarStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the live feed takes to load with 10,000 articles stored: a load run that prints figures, not a test (it
 * asserts nothing about time). query-service stores the benchmark corpus of {@link QueryBenchmark} (real texts from
 * {@code ../shared/data}, see {@link EnrichedCorpus}) from {@code articles.enriched}; then headless Chromium opens the
 * feed as a new document again and again, and the page's own mark {@code khabar:feed-rendered} (set when the first
 * page of the feed is on screen) gives the time from navigation start.
 *
 * <p>Run: {@code ./mvnw -B install -DskipTests && ./mvnw -B verify -pl deploy/browser -Dtest=FeedLoadBenchmark
 * -Dkhabar.feed-benchmark=true}. In this package for the corpus's package-private parts.
 */
@EnabledIfSystemProperty(named = "khabar.feed-benchmark", matches = "true")
class FeedLoadBenchmark {

    private static final int ARTICLES = Integer.getInteger("khabar.feed-benchmark.articles", 10_000);
    private static final int LOADS = 30;

    @Test
    void feedLoadTimeWithTenThousandArticlesStored() throws Exception {
        Path root = KhabarLocal.projectRoot();
        EnrichedCorpus corpus = new EnrichedCorpus(new CorpusTexts().load(root), EntityPool.load(root), root, 1);
        KhabarStack.Settings settings = KhabarStack.Settings.ephemeral(true);
        try (KhabarStack stack = KhabarStack.start(settings);
             ServiceProcess query = ServiceProcess.start(root, "query-service", KhabarStack.freePort(),
                     stack.serviceEnvironment(), settings.home().resolve("logs"), List.of("-Xmx1g"));
             Connection db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword())) {
            query.awaitReady(Duration.ofMinutes(2));
            new StoragePhase(stack.kafkaBootstrapServers(), db, query, settings.home().resolve("postgres"))
                    .run(corpus, 0, ARTICLES, Duration.ofSeconds(120));
            try (Statement s = db.createStatement()) {
                s.execute("vacuum analyze");
                try (ResultSet r = s.executeQuery("select count(*) from article")) {
                    r.next();
                    System.out.printf("%nFeed load: %d articles stored%n", r.getLong(1));
                }
            }
            measure(query.baseUrl());
        }
    }

    private static void measure(String base) throws Exception {
        // returns at DOMContentLoaded: the feed's own mark is what is measured, and the load event is read afterwards
        try (Browser browser = new Browser(base, PageLoadStrategy.EAGER)) {
            List<double[]> runs = new ArrayList<>();
            for (int i = 0; i <= LOADS; i++) {
                // a new query string makes a new document each time (a changed hash alone would not)
                browser.driver.get(base + "/?load=" + i + "#/");
                browser.view();
                @SuppressWarnings("unchecked")
                Map<String, Object> t = (Map<String, Object>) browser.js(
                        "const n = performance.getEntriesByType('navigation')[0];"
                                + " const m = performance.getEntriesByName('khabar:feed-rendered')[0];"
                                + " return {rendered: m.startTime, dom: n.domContentLoadedEventEnd, html: n.responseEnd,"
                                + " load: n.loadEventEnd,"
                                + " cards: document.querySelectorAll('.feed .card').length};");
                if (i > 0) { // the first load warms the JIT of query-service and the browser's cache
                    runs.add(new double[] {num(t.get("rendered")), num(t.get("dom")), num(t.get("html")),
                            num(t.get("cards")), num(t.get("load"))});
                }
            }
            report(runs);
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static void report(List<double[]> runs) {
        System.out.printf("Feed load over %d loads (ms from navigation start; %d cards shown):%n", runs.size(),
                (int) runs.get(0)[3]);
        String[] names = {"first page of the feed on screen", "DOMContentLoaded", "HTML received",
            "cards", "load event (0: not yet)"};
        for (int k = 0; k < names.length; k++) {
            if (k == 3) {
                continue;
            }
            final int column = k;
            double[] v = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
            System.out.printf("  %-34s median %6.0f  p90 %6.0f  max %6.0f%n", names[k], v[v.length / 2],
                    v[(int) Math.ceil(v.length * 0.9) - 1], v[v.length - 1]);
        }
    }
}
