package io.khabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.khabar.stack.KhabarStack;
import io.khabar.stack.TopicClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole pipeline as the run command starts it: a real broker, a real database, the three services as processes
 * from their built jars, the real seed articles.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {

    private static final Map<String, String> SEED_LANGUAGES = Map.of(
            "000_b85c5de6765a524c.txt", "fa", "001_9b9d56cbd92bbcd7.txt", "fa",
            "002_c2d8eefa63a9a6aa.txt", "de", "003_f959d564852dad14.txt", "fa");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path root;
    private static LocalSystem system;
    private static final String API_KEY = "end-to-end-test-key";
    private static ArticleImporter importer;
    private static QueryClient query;
    private static Map<String, String> ids;
    private static String copyOfFirst;
    private static String russianReport;

    @BeforeAll
    static void start() throws Exception {
        root = KhabarLocal.projectRoot();
        system = LocalSystem.start(new LocalSystem.Settings(root, KhabarStack.Settings.ephemeral(),
                KhabarStack.freePort(), KhabarStack.freePort(), KhabarStack.freePort(),
                List.of("-Xmx768m", "-XX:+UseSerialGC"), API_KEY,
                // the feed test's server listens on 127.0.0.1, and polls every second
                Map.of("KHABAR_INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES", "true", "KHABAR_INGEST_FEEDS_MIN_INTERVAL", "1s")),
                Duration.ofMinutes(3));
        importer = new ArticleImporter(system.ingestUrl(), Optional.of(API_KEY), 2);
        query = new QueryClient(system.queryUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void theImportOfSeedsBringsTheFourOutOfTheQueryApiWithTheirLanguages() throws Exception {
        Path seeds = root.resolve("seeds");
        List<Path> files = ArticleImporter.files(seeds);
        assertEquals(SEED_LANGUAGES.keySet(), Set.copyOf(files.stream().map(f -> f.getFileName().toString()).toList()));
        ArticleImporter.Summary summary = importer.run(seeds, files, null, f -> { });
        assertEquals(4, summary.ingested(), summary.toString());
        assertEquals(0, summary.duplicates() + summary.rejectedCount(), summary.toString());
        Map<String, JsonNode> stored = query.awaitStored(summary.ids(), Duration.ofMinutes(2));
        ids = new java.util.HashMap<>();
        stored.forEach((id, article) -> ids.put(article.path("source").asText().substring("seeds/".length()), id));
        assertEquals(SEED_LANGUAGES.keySet(), ids.keySet());
        ids.forEach((file, id) -> {
            JsonNode article = stored.get(id);
            assertEquals(SEED_LANGUAGES.get(file), article.at("/language/code").asText(), file);
            assertTrue(article.at("/language/reliable").asBoolean(), file + " " + article.at("/language"));
            assertEquals("seeds/" + file, article.path("source").asText());
        });
    }

    @Test
    @Order(2)
    void importingTheSeedsAgainFindsOnlyDuplicatesAndLeavesOneRowEach() throws Exception {
        Path seeds = root.resolve("seeds");
        ArticleImporter.Summary again = importer.run(seeds, ArticleImporter.files(seeds), null, f -> { });
        assertEquals(4, again.duplicates(), again.toString());
        assertEquals(Set.copyOf(ids.values()), Set.copyOf(again.ids()));
        // whatever was in flight has gone the whole way once a later article has been stored behind it
        Path marker = writeArticle("Ein weiterer Artikel über die Zusammenarbeit der Verteidigungsministerien, "
                + "geschrieben nur für diesen Test.");
        ArticleImporter.Summary one = importer.run(marker, List.of(marker), "test", f -> { });
        query.awaitStored(one.ids(), Duration.ofMinutes(1));
        JsonNode all = get(system.queryUrl() + "/api/v1/articles?limit=100");
        Set<String> seen = new java.util.HashSet<>();
        for (JsonNode item : all.get("items")) {
            assertTrue(seen.add(item.get("id").asText()), "one row per article");
        }
        assertEquals(ids.size() + 1, all.get("items").size());
    }

    @Test
    @Order(3)
    void theQueryApiFindsThePeopleEnrichmentLinkedByAnyScriptAndTheWordsInPersianAndGerman() throws Exception {
        Path russian = writeArticle("Министр обороны Белоруссии Виктор Хренин встретился в Тегеране с Мохаммадом "
                + "Резой Аштиани и передал послание Александра Лукашенко из Минска.");
        ArticleImporter.Summary one = importer.run(russian, List.of(russian), "test-ru", f -> { });
        String ru = one.ids().get(0);
        russianReport = ru;
        query.awaitStored(one.ids(), Duration.ofMinutes(1));
        String khrenin = "khabar:person:viktor-khrenin";
        for (String name : List.of("Khrenin", "خرنین", "Хренин", "Chrenin")) {
            JsonNode found = get(system.queryUrl() + "/api/v1/entities?q=" + enc(name));
            List<String> matches = new java.util.ArrayList<>();
            found.get("items").forEach(i -> {
                if (i.get("id").asText().equals(khrenin)) {
                    matches.add(i.get("id").asText());
                }
            });
            assertEquals(1, matches.size(), name + " → " + found);
        }
        // his articles, asked for by his Russian name: the three seeds that mention him, and the Russian article
        Set<String> his = new java.util.HashSet<>();
        get(system.queryUrl() + "/api/v1/articles?limit=100&entity=" + enc("Хренин")).get("items")
                .forEach(i -> his.add(i.get("id").asText()));
        assertTrue(his.containsAll(Set.of(ids.get("000_b85c5de6765a524c.txt"), ids.get("001_9b9d56cbd92bbcd7.txt"),
                ids.get("002_c2d8eefa63a9a6aa.txt"), ru)), his.toString());
        // the seeds write «همکاریهای» without ZWNJ: the search with one finds them all the same
        Set<String> persian = new java.util.HashSet<>();
        get(system.queryUrl() + "/api/v1/articles?q=" + enc("همکاری\u200Cهای")).get("items")
                .forEach(i -> persian.add(i.get("id").asText()));
        assertTrue(persian.containsAll(Set.of(ids.get("000_b85c5de6765a524c.txt"), ids.get("001_9b9d56cbd92bbcd7.txt"),
                ids.get("003_f959d564852dad14.txt"))), persian.toString());
        JsonNode german = get(system.queryUrl() + "/api/v1/articles?q=verteidigungsministers&language=de");
        assertTrue(german.get("items").toString().contains(ids.get("002_c2d8eefa63a9a6aa.txt")), german.toString());
        JsonNode detail = get(system.queryUrl() + "/api/v1/articles/" + ids.get("002_c2d8eefa63a9a6aa.txt")
                + "?spans=true");
        assertTrue(detail.get("countries").toString().contains("BY"), detail.get("countries").toString());
        JsonNode facets = get(system.queryUrl() + "/api/v1/facets?entity=" + enc(khrenin));
        assertTrue(facets.get("total").asInt() >= 4, facets.toString());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @Order(4)
    void whatEachServiceEmitsMatchesThePublishedSchemaTheNextOneReads() throws Exception {
        TopicClient topics = new TopicClient(system.stack().kafkaBootstrapServers());
        JsonSchema raw = schema("ingest-service", "articles.raw.v1.json");
        JsonSchema enriched = schema("enrich-service", "articles.enriched.v2.json");
        List<TopicClient.Received> rawRecords = topics.readAll("articles.raw");
        List<TopicClient.Received> enrichedRecords = topics.readAll("articles.enriched");
        assertEquals(6, rawRecords.size(), "the four seeds, the marker and the Russian article, each published once");
        assertEquals(6, enrichedRecords.size(), "enriched records");
        List<String> problems = new ArrayList<>();
        check(raw, rawRecords, "khabar.article.raw.v1", problems);
        check(enriched, enrichedRecords, "khabar.article.enriched.v2", problems);
        assertEquals(List.of(), problems);
        // the schemas are also served by the producers
        assertEquals(JSON.readTree(Files.readString(schemaFile("ingest-service", "articles.raw.v1.json"))),
                get(system.ingestUrl() + "/schemas/articles.raw.v1.json"));
        assertEquals(JSON.readTree(Files.readString(schemaFile("enrich-service", "articles.enriched.v2.json"))),
                get(system.enrichUrl() + "/schemas/articles.enriched.v2.json"));
    }

    @Test
    @Order(6)
    void aFeedsItemsAreIngestedOnceAndNotAgainAfterIngestRestarts() throws Exception {
        List<String> items = new java.util.concurrent.CopyOnWriteArrayList<>(List.of("eins", "zwei"));
        java.util.concurrent.atomic.AtomicInteger pageFetches = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/rss", x -> {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                    + "<channel><title>Feedportal</title><link>" + base + "</link><description>d</description>");
            for (String item : items) {
                rss.append("<item><title>Meldung ").append(item).append("</title><link>").append(base)
                        .append("/page/").append(item).append("</link><guid>urn:e2e:").append(item).append("</guid></item>");
            }
            respond(x, "application/rss+xml", rss.append("</channel></rss>").toString());
        });
        server.createContext("/page/", x -> {
            pageFetches.incrementAndGet();
            respond(x, "text/html; charset=utf-8", "<html><body><article><p>Meldung " + x.getRequestURI().getPath()
                    + ": Die Verteidigungsminister beider Länder trafen sich erneut und vereinbarten weitere "
                    + "gemeinsame Übungen ihrer Streitkräfte im kommenden Jahr.</p></article></body></html>");
        });
        server.start();
        try {
            HttpResponse<String> registered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(system.ingestUrl() + "/api/v1/feeds")).header("Content-Type", "application/json")
                    .header("X-Api-Key", API_KEY).POST(HttpRequest.BodyPublishers.ofString(
                            "{\"url\": \"" + base + "/rss\", \"intervalSeconds\": 1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, registered.statusCode(), registered.body());
            String feed = JSON.readTree(registered.body()).get("id").asText();
            awaitFeedArticles(2);

            Instant restarted = Instant.now();
            system.restartIngest(Duration.ofMinutes(2));
            // the registration came back from the ledger, and the feed has been polled since the restart
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                JsonNode status = get(system.ingestUrl() + "/api/v1/feeds/" + feed);
                if (status.hasNonNull("lastSuccessAt") && Instant.parse(status.get("lastSuccessAt").asText())
                        .isAfter(restarted.plusSeconds(1))) {
                    break;
                }
                assertTrue(System.nanoTime() < deadline, "feed not polled after the restart: " + status);
                Thread.sleep(250);
            }
            assertEquals(2, feedArticles(), "nothing ingested again after the restart");
            assertEquals(2, pageFetches.get(), "handled items are not even fetched again after the restart");
            items.add("drei");
            awaitFeedArticles(3);
            assertEquals(3, pageFetches.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    @Order(8)
    void aBatchInFlightWhenIngestIsStoppedIsFinishedAndEveryAcceptedArticleIsOnTheTopic() throws Exception {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            batch.append("{\"text\": \"Artikel ").append(i).append(" eines Stapels, der beim Herunterfahren ankam. ")
                    .append("Die Verteidigungsminister vereinbarten weitere Gespräche.\", \"source\": \"Abschaltung\"}\n");
        }
        java.util.concurrent.CompletableFuture<HttpResponse<String>> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build().sendAsync(HttpRequest.newBuilder(
                        URI.create(system.ingestUrl() + "/api/v1/articles/batch"))
                        .header("Content-Type", "application/x-ndjson").header("X-Api-Key", API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        system.restartIngest(Duration.ofMinutes(2)); // SIGTERM: a graceful shutdown lets the request finish
        HttpResponse<String> r = response.get(2, java.util.concurrent.TimeUnit.MINUTES);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode result = JSON.readTree(r.body());
        Set<String> accepted = new java.util.HashSet<>();
        for (JsonNode item : result.get("items")) {
            if (item.hasNonNull("id") && !"duplicate".equals(item.path("status").asText())) {
                accepted.add(item.get("id").asText());
            }
        }
        // ten thousand articles take longer than the 300 ms after which the stop came: the stop waited for them
        assertEquals(10_000, result.get("accepted").asInt(), result.toString().substring(0, 300));
        Set<String> onTopic = new java.util.HashSet<>();
        for (TopicClient.Received rec : new TopicClient(system.stack().kafkaBootstrapServers()).readAll("articles.raw")) {
            onTopic.add(rec.key());
        }
        assertTrue(onTopic.containsAll(accepted), "every article reported accepted is on articles.raw");
        assertTrue(accepted.size() > 0, result.toString().substring(0, 300));
    }

    private static long feedArticles() {
        return new TopicClient(system.stack().kafkaBootstrapServers()).readAll("articles.raw").stream()
                .filter(r -> r.value().contains("\"source\":\"Feedportal\"")).count();
    }

    @Test
    @Order(5)
    void theFirstSeedOnAnotherSiteIsStoredAsItsDuplicate() throws Exception {
        String first = Files.readString(root.resolve("seeds/000_b85c5de6765a524c.txt"));
        String elsewhere = "صفحه اصلی | سیاست | اقتصاد | ورزش | ویدئو\nورود / ثبت نام\n\n" + first
                + "\n\nبرچسب‌ها: ایران، بلاروس، دفاع\nاشتراک‌گذاری در تلگرام | توییتر | واتس‌اپ\n© همه حقوق محفوظ است";
        Path dir = Files.createTempDirectory("khabar-e2e-");
        Path file = dir.resolve("elsewhere.txt");
        Files.writeString(file, elsewhere);
        ArticleImporter.Summary copy = importer.run(dir, List.of(file), "another-site", f -> { });
        assertEquals(1, copy.ingested(), copy.toString()); // another text, so another article
        String id = copy.ids().get(0);
        copyOfFirst = id;
        query.awaitStored(copy.ids(), Duration.ofMinutes(1));
        String original = ids.get("000_b85c5de6765a524c.txt");
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode article;
        do {
            Thread.sleep(250);
            article = get(system.queryUrl() + "/api/v1/articles/" + id);
        } while (!article.path("duplicateOf").isObject() && System.nanoTime() < end);
        assertEquals(original, article.at("/duplicateOf/id").asText(), article.path("duplicateOf").toString());
        assertTrue(article.at("/duplicateOf/similarity").asDouble() >= 0.8, article.path("duplicateOf").toString());
        // the other seeds, the same meeting told otherwise, are nobody's copies
        for (String seed : List.of("001_9b9d56cbd92bbcd7.txt", "002_c2d8eefa63a9a6aa.txt")) {
            assertFalse(get(system.queryUrl() + "/api/v1/articles/" + ids.get(seed)).path("duplicateOf").isObject(),
                    seed);
        }
    }

    @Test
    @Order(7)
    void theThreeReportsOfOneMeetingAreOneStoryInTwoLanguagesAndTheOtherMeetingAnother() throws Exception {
        Map<String, String> story = new java.util.HashMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String seed : SEED_LANGUAGES.keySet()) {
            JsonNode article;
            do {
                article = get(system.queryUrl() + "/api/v1/articles/" + ids.get(seed));
            } while (!article.path("story").isObject() && System.nanoTime() < end && sleep());
            story.put(seed, article.at("/story/id").asText());
        }
        String meeting = story.get("000_b85c5de6765a524c.txt");
        assertFalse(meeting.isEmpty(), story.toString());
        assertEquals(meeting, story.get("001_9b9d56cbd92bbcd7.txt"), story.toString());
        assertEquals(meeting, story.get("002_c2d8eefa63a9a6aa.txt"), story.toString());
        assertNotEquals(meeting, story.get("003_f959d564852dad14.txt"), "Tajikistan is another story: " + story);

        JsonNode detail = get(system.queryUrl() + "/api/v1/stories/" + meeting + "?lang=en");
        List<?> languages = JSON.convertValue(detail.at("/story/languages"), List.class);
        assertTrue(languages.containsAll(List.of("de", "fa")), detail.toString());
        Set<String> members = new java.util.HashSet<>();
        detail.path("members").forEach(group -> group.forEach(m -> members.add(m.get("id").asText())));
        assertTrue(members.containsAll(List.of(ids.get("000_b85c5de6765a524c.txt"), ids.get("001_9b9d56cbd92bbcd7.txt"),
                ids.get("002_c2d8eefa63a9a6aa.txt"))), detail.toString());
        // the Russian report of the same meeting (test 3) meets the Persian and German ones by its entities alone
        assertTrue(languages.contains("ru") && members.contains(russianReport), detail.toString());
        assertEquals(Set.of("de", "fa", "ru"), Set.copyOf(languages), detail.toString());
        assertTrue(members.contains(copyOfFirst), "the copy on another site is a member: " + detail);
        JsonNode copy = null;
        for (JsonNode m : detail.at("/members/fa")) {
            copy = m.get("id").asText().equals(copyOfFirst) ? m : copy;
        }
        assertTrue(copy != null && copy.get("duplicate").asBoolean(), detail.toString());
        int reports = detail.at("/story/articleCount").asInt();
        assertEquals(detail.at("/story/memberCount").asInt() - 1, reports, "the copy is counted once: " + detail);
        assertTrue(detail.at("/story/label").asText().contains("Khrenin"), detail.at("/story/label").asText());

        // 002 posted again is the same article: no new report, no new member
        Path seeds = root.resolve("seeds");
        ArticleImporter.Summary again = importer.run(seeds, List.of(seeds.resolve("002_c2d8eefa63a9a6aa.txt")), null,
                f -> { });
        assertEquals(1, again.duplicates(), again.toString());
        JsonNode after = get(system.queryUrl() + "/api/v1/stories/" + meeting);
        assertEquals(reports, after.at("/story/articleCount").asInt(), after.toString());
        assertEquals(members.size(), after.at("/story/memberCount").asInt(), after.toString());

        // the list of articles filtered by story, and the stories list, agree
        JsonNode listed = get(system.queryUrl() + "/api/v1/articles?limit=100&story=" + meeting);
        Set<String> filtered = new java.util.HashSet<>();
        listed.get("items").forEach(i -> filtered.add(i.get("id").asText()));
        assertEquals(members, filtered);
        JsonNode stories = get(system.queryUrl() + "/api/v1/stories?language=de&minArticles=3&limit=100");
        assertTrue(stories.get("items").findValuesAsText("id").contains(meeting), stories.toString());

        // and the stories topic told subscribers: an event keyed by the story with its members joining
        TopicClient topics = new TopicClient(system.stack().kafkaBootstrapServers());
        JsonSchema schema = schema("query-service", "stories.v1.json");
        Set<String> announced = new java.util.HashSet<>();
        List<String> problems = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!announced.containsAll(members) && System.nanoTime() < until) {
            announced.clear();
            problems.clear();
            for (TopicClient.Received r : topics.readAll("stories")) {
                JsonNode e = JSON.readTree(r.value());
                schema.validate(e).forEach(m -> problems.add("stories@" + r.offset() + ": " + m.getMessage()));
                if (!e.path("key").asText().equals(r.key()) || !e.path("eventId").asText().equals(r.headers().get("ce_id"))
                        || !"khabar.story.changed.v1".equals(r.headers().get("ce_type"))
                        || !r.key().equals(r.headers().get("ce_subject"))) {
                    problems.add("stories@" + r.offset() + ": key or CloudEvents headers wrong: " + r.headers());
                }
                if (r.key().equals(meeting)) {
                    e.at("/payload/added").forEach(id -> announced.add(id.asText()));
                }
            }
            sleep();
        }
        assertTrue(announced.containsAll(members), "announced on the stories topic: " + announced);
        assertEquals(List.of(), problems);
        assertEquals(JSON.readTree(Files.readString(schemaFile("query-service", "stories.v1.json"))),
                get(system.queryUrl() + "/schemas/stories.v1.json"), "the schema is served by its producer");
    }

    @Test
    @Order(9)
    void theStoriesApiNamesEachBadParameter() throws Exception {
        assertProblem(system.queryUrl() + "/api/v1/stories/st-nothing-like-this", 404, null);
        assertProblem(system.queryUrl() + "/api/v1/stories?limit=0", 400, "limit");
        assertProblem(system.queryUrl() + "/api/v1/stories?minArticles=none", 400, "minArticles");
        assertProblem(system.queryUrl() + "/api/v1/stories?lang=persian", 400, "lang");
        assertProblem(system.queryUrl() + "/api/v1/stories?cursor=xyz", 400, "cursor");
        assertProblem(system.queryUrl() + "/api/v1/stories?storey=1", 400, "storey");
        assertProblem(system.queryUrl() + "/api/v1/articles?story=", 400, "story");
    }

    private static void assertProblem(String url, int status, String parameter) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), url + " " + r.body());
        if (parameter != null) {
            assertTrue(r.body().contains("'" + parameter + "'"), url + " " + r.body());
        }
    }

    private static boolean sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private static void awaitFeedArticles(long n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (feedArticles() < n) {
            assertTrue(System.nanoTime() < deadline, "feed articles: " + feedArticles() + " of " + n);
            Thread.sleep(250);
        }
        assertEquals(n, feedArticles());
    }

    private static void respond(HttpExchange x, String type, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private static void check(JsonSchema schema, List<TopicClient.Received> records, String type, List<String> problems)
            throws Exception {
        for (TopicClient.Received r : records) {
            JsonNode value = JSON.readTree(r.value());
            for (ValidationMessage m : schema.validate(value)) {
                problems.add(r.topic() + "@" + r.offset() + ": " + m.getMessage());
            }
            if (!type.equals(r.headers().get("ce_type")) || !value.path("eventId").asText().equals(r.headers().get("ce_id"))
                    || !value.path("id").asText().equals(r.key()) || r.headers().get("ce_time") == null
                    || !"1.0".equals(r.headers().get("ce_specversion")) || r.headers().get("ce_source") == null) {
                problems.add(r.topic() + "@" + r.offset() + ": key or CloudEvents headers wrong: " + r.headers());
            }
        }
    }

    private static JsonSchema schema(String service, String name) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(schemaFile(service, name)));
    }

    private static Path schemaFile(String service, String name) {
        return root.resolve(service).resolve("src/main/resources/META-INF/resources/schemas").resolve(name);
    }

    private static Path writeArticle(String text) throws Exception {
        Path dir = Files.createTempDirectory("khabar-e2e-");
        Path file = dir.resolve("marker.txt");
        Files.writeString(file, text + " " + System.nanoTime());
        return file;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + " " + r.body());
        return JSON.readTree(r.body());
    }
}
