package io.khabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

/**
 * {@code bench-query}'s corpus is what enrich-service publishes: every record valid under the published
 * {@code articles.enriched} v2 schema, mentions pointing at their surface in the text, ids unique, record {@code i}
 * the same every time. With the seeds alone (a fresh clone has no {@code ../shared}) or with the data sets.
 */
class EnrichedCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void recordsAreValidVersionTwoEventsWithTrueOffsets() throws Exception {
        Path root = KhabarLocal.projectRoot();
        EntityPool pool = EntityPool.load(root);
        assertTrue(pool.size() > 2000, "a few thousand entities: " + pool.size());
        EnrichedCorpus corpus = new EnrichedCorpus(new CorpusTexts().load(root), pool, root, 1);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(
                root.resolve("enrich-service/src/main/resources/META-INF/resources/schemas/articles.enriched.v2.json")));
        Set<String> ids = new HashSet<>();
        Set<String> languages = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            EnrichedCorpus.Record r = corpus.record(i);
            JsonNode value = JSON.readTree(r.value());
            for (ValidationMessage m : schema.validate(value)) {
                problems.add(i + ": " + m.getMessage());
            }
            assertTrue(ids.add(r.key()), "duplicate id " + r.key());
            languages.add(r.language());
            assertEquals(r.key(), value.path("id").asText());
            String text = value.path("text").asText();
            int entities = value.at("/entities/entities").size();
            assertTrue(entities >= 3 && entities <= 8, "3 to 8 entities: " + entities);
            for (JsonNode m : value.at("/entities/mentions")) {
                assertEquals(m.path("surface").asText(), text.substring(m.path("start").asInt(), m.path("end").asInt()));
            }
            for (JsonNode k : value.path("keywords")) {
                JsonNode at = k.path("occurrences").path(0);
                assertEquals(k.path("phrase").asText(), text.substring(at.path(0).asInt(), at.path(1).asInt()));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(corpus.texts().stream().map(CorpusTexts.Text::language).collect(java.util.stream.Collectors.toSet()),
                languages, "every language of the texts is in the corpus");
        assertEquals(corpus.record(42).value(), corpus.record(42).value());
        assertTrue(new QueryMix("http://localhost", corpus).wordCount() > 0);
    }
}
