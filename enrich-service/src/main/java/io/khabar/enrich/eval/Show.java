package io.khabar.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.Enrichment;
import io.khabar.enrich.pipeline.TextLayer;

/** {@code show <file|dir>}: the text layer's findings for each {@code .txt} file, as JSON. */
final class Show {

    private Show() {
    }

    static void run(TextLayer layer, Path target) throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (Path file : files(target)) {
            Enrichment e = layer.enrich(new ArticleText(Files.readString(file, StandardCharsets.UTF_8), null, null));
            System.out.println("=== " + file);
            System.out.println(json.writeValueAsString(e));
        }
    }

    static List<Path> files(Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            return List.of(target);
        }
        try (Stream<Path> s = Files.walk(target)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
