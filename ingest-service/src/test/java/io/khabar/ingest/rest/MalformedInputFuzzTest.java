package io.khabar.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A few thousand malformed requests (random bytes, truncated and deeply nested JSON, huge strings, wrong content
 * types and charsets): none may get a 5xx, and every refusal is a problem document. The seed is fixed, so a failure
 * is reproducible.
 */
@QuarkusTest
class MalformedInputFuzzTest {

    private static final String[] TYPES = {"application/json", "application/json; charset=utf-8", "text/plain",
        "text/plain; charset=windows-1256", "text/plain; charset=utf-8", "text/plain; charset=x-unknown",
        "text/html", "text/html; charset=iso-8859-6", "application/x-ndjson", "application/xml", "image/png",
        "multipart/form-data; boundary=x", "application/json; charset=utf-16"};
    private static final String VALID = "{\"text\": \"Die Verteidigungsminister haben eine Note unterzeichnet.\", "
            + "\"title\": \"Titel\", \"publishedAt\": \"2023-01-09T10:00:00+01:00\", \"language\": \"de\"}";

    @TestHTTPResource("/api/v1/articles")
    URI single;
    @TestHTTPResource("/api/v1/articles/batch")
    URI batch;

    @Test
    void noMalformedRequestGetsA5xx() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(20261122);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] body = body(random, i % 8);
            String type = TYPES[random.nextInt(TYPES.length)];
            URI target = random.nextInt(4) == 0 ? batch : single;
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            sent++;
            boolean problem = r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json");
            if (r.statusCode() >= 500 || r.statusCode() >= 400 && !problem) {
                failures.add(r.statusCode() + " for kind " + (i % 8) + " as " + type + " to " + target.getPath() + ": "
                        + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }
        assertEquals(3000, sent);
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
    }

    private static byte[] body(Random random, int kind) {
        switch (kind) {
            case 0: { // random bytes
                byte[] b = new byte[random.nextInt(2000)];
                random.nextBytes(b);
                return b;
            }
            case 1: // truncated valid JSON
                return VALID.substring(0, random.nextInt(VALID.length())).getBytes(StandardCharsets.UTF_8);
            case 2: { // deep nesting
                int depth = 500 + random.nextInt(5000);
                return ("{\"text\": " + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
            }
            case 3: { // a long string; one in ten over the text limit but under the body limit
                int length = random.nextInt(10) == 0 ? 2_000_001 + random.nextInt(50_000) : random.nextInt(100_000);
                return ("{\"text\": \"" + "ا".repeat(length) + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            case 4: { // valid JSON with the wrong shapes
                String[] shapes = {"null", "[]", "\"text\"", "42", "{\"text\": 42}", "{\"text\": {\"a\": 1}}",
                    "{\"text\": \"x\", \"publishedAt\": 17}", "{\"text\": \"x\", \"url\": \"javascript:alert(1)\"}",
                    "{\"text\": \"x\", \"url\": \"http://\"}", "{\"text\": \"x\", \"url\": \"http://a b\"}",
                    "{\"text\": \"\\u0000\"}", "{\"text\": \"x\", \"title\": \"" + "t".repeat(5000) + "\"}"};
                return shapes[random.nextInt(shapes.length)].getBytes(StandardCharsets.UTF_8);
            }
            case 5: { // invalid UTF-8 inside otherwise good JSON
                byte[] good = VALID.getBytes(StandardCharsets.UTF_8);
                good[15 + random.nextInt(20)] = (byte) (0x80 + random.nextInt(0x40));
                return good;
            }
            case 6: { // HTML fragments
                String[] pages = {"<html>", "<html><body><p>kurz</p></body></html>", "<<<>>>", "<p>" + "x".repeat(3000),
                    "<script>while(1){}</script>", "<html><head><meta charset=\"klingon\"></head><body></body></html>"};
                return pages[random.nextInt(pages.length)].getBytes(StandardCharsets.UTF_8);
            }
            default: { // NDJSON-ish garbage
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    b.append(random.nextBoolean() ? VALID : VALID.substring(0, random.nextInt(VALID.length())))
                            .append('\n');
                }
                return b.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
