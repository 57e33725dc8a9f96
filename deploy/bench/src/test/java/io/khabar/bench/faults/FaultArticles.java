package io.khabar.bench.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The articles a fault case sends: the real seed texts (Persian and German, chrome and all), each made an article of
 * its own by a paragraph and a URL of the case, so that every case's articles are known by their URL.
 */
final class FaultArticles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> texts = new ArrayList<>();

    FaultArticles(Path seeds) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no seed texts in " + seeds);
        }
    }

    /** The URL prefix of a case's articles, which the stored rows are counted by. */
    static String urlPrefix(String caseName) {
        return "https://fault-suite.example/" + caseName + "/";
    }

    /** The {@code count} articles of a case, as JSON bodies for {@code POST /api/v1/articles}. */
    List<String> of(String caseName, int count) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ObjectNode a = JSON.createObjectNode();
            a.put("title", caseName + " #" + n);
            a.put("text", texts.get(n % texts.size()) + "\n\nFault suite, case " + caseName + ", article " + n + ".");
            a.put("url", urlPrefix(caseName) + n);
            a.put("source", "fault-suite");
            a.put("publishedAt", Instant.parse("2024-01-08T10:00:00Z").plusSeconds(60L * n).toString());
            out.add(a.toString());
        }
        return out;
    }
}
