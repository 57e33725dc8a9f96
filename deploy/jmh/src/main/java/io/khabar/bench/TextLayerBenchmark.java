package io.khabar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.Enrichment;
import io.khabar.enrich.pipeline.TextLayer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * enrich-service's whole enrichment (cleaning, attribution, language per paragraph, normalisation, tokens, keywords,
 * dates, entities, topics, quotations) on seed-sized articles, one thread: the score is articles per second on one
 * core. The articles are the project's {@code seeds/} (set {@code -Dkhabar.seeds=<dir>} when not run from the project root), taken in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class TextLayerBenchmark {

    /** Which seeds: {@code all} in turn, or one file name prefix such as {@code 003}. */
    @Param({"all"})
    public String seed;

    private TextLayer layer;
    private List<String> articles;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        layer = new TextLayer(StandaloneConfig.load());
        Path dir = Path.of(System.getProperty("khabar.seeds", "seeds"));
        try (Stream<Path> files = Files.list(dir)) {
            articles = files.filter(p -> seed.equals("all") || p.getFileName().toString().startsWith(seed))
                    .sorted().map(TextLayerBenchmark::read).toList();
        }
        if (articles.isEmpty()) {
            throw new IOException("no seed articles in " + dir.toAbsolutePath());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public Enrichment enrich() {
        String text = articles.get(next++ % articles.size());
        return layer.enrich(new ArticleText(text, null, null));
    }
}
