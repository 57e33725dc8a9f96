package io.khabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmark command, small, on its own embedded broker and database with the three services as processes:
 * every phase runs, every new article is stored and seen on the stream, the baseline stores all of its articles,
 * no query fails, and the three files are written with the targets and the bottleneck named.
 */
class BenchCommandTest {

    @Test
    void aSmallRunMeasuresEveryPhaseAndWritesTheReport(@TempDir Path out) throws Exception {
        int code = new CommandLine(new KhabarBench()).execute("--articles", "300", "--warm-up", "50",
                "--broker-records", "3000", "--rate", "20", "--latency-seconds", "3", "--sustainable-share", "0",
                "--query-clients", "4", "--query-seconds", "2", "--out", out.toString());
        assertEquals(0, code);
        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertEquals(3000, result.at("/broker/records").asInt());
        assertEquals(300, result.at("/passThrough/articles").asInt());
        int fresh = result.at("/pipeline/new").asInt();
        assertTrue(fresh > 250 && fresh <= 300, "most of the 300 articles are new: " + fresh);
        assertTrue(result.at("/pipeline/perSecond").asDouble() > 0);
        JsonNode latency = result.at("/latency/0");
        assertEquals(60, latency.path("posted").asInt());
        assertEquals(latency.path("new").asInt(), latency.path("seenStored").asInt(), "every new article seen stored");
        result.at("/queries/kinds").forEach(k -> assertEquals(0, k.path("errors").asInt(), k.toString()));
        assertTrue(result.at("/enrichStagesMeanMicros").has("entities"));
        assertTrue(result.path("timeline").size() > 0);
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Targets (issue 8)") && report.contains("## Bottleneck"), report);
        assertTrue(report.contains("enrich-service") || report.contains("query-service"), report);
        assertTrue(Files.size(out.resolve("timeline.png")) > 1000 || report.contains("could not be drawn"), report);
    }
}
