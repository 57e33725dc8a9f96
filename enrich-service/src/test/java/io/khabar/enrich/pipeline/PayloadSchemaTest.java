package io.khabar.enrich.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.mapping.RawArticle;
import org.junit.jupiter.api.Test;

/** What the pipeline makes of real and odd articles matches the published articles.enriched v2 schema. */
class PayloadSchemaTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyPayloadValidates() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(
                Path.of("src/main/resources/META-INF/resources/schemas/articles.enriched.v2.json")));
        EnrichmentPipeline pipeline = new EnrichmentPipeline(StandaloneConfig.load());
        pipeline.pipelineVersion = "test";
        List<RawArticle> raws = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                raws.add(raw(Files.readString(p, StandardCharsets.UTF_8), null, "text"));
                raws.add(raw(Files.readString(p, StandardCharsets.UTF_8), Instant.parse("2023-01-10T08:00:00Z"), "html"));
            }
        }
        raws.add(raw("Teheran, 9. Januar 2023 - Die Minister haben am Montag unterzeichnet, hieß es in Teheran.", null,
                "json"));
        raws.add(raw("!!!", null, "json"));
        List<String> problems = new ArrayList<>();
        for (RawArticle raw : raws) {
            String payload = json.writeValueAsString(pipeline.enrich(raw));
            schema.validate(json.readTree(payload)).forEach(m -> problems.add(raw.text().substring(0,
                    Math.min(20, raw.text().length())) + ": " + m.getMessage()));
        }
        assertEquals(List.of(), problems);
    }

    private static RawArticle raw(String text, Instant publishedAt, String format) {
        return new RawArticle(1, UUID.randomUUID().toString(), UUID.randomUUID().toString().replace("-", ""),
                Instant.parse("2023-01-12T09:00:00Z"), text, null, null, null, publishedAt, null, null, format, null);
    }
}
