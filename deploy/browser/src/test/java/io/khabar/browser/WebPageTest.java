package io.khabar.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.local.ArticleImporter;
import io.khabar.local.KhabarLocal;
import io.khabar.local.LocalSystem;
import io.khabar.local.QueryClient;
import io.khabar.stack.KhabarStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The web page in headless Chromium against the whole system (real broker, real database, the three services as
 * processes): the seeds posted through ingest appear in the live feed, a name searched in two scripts finds the same
 * articles, the Persian seed reads right to left with its entities linked, the map shades the countries, nothing an
 * article carries ever runs, and every page is photographed at a laptop's and a phone's width.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_KEY = "browser-test-key";
    private static final Path SHOTS = Path.of(System.getProperty("khabar.screenshots.dir", "target/screenshots"));

    private static Path root;
    private static LocalSystem system;
    private static Browser browser;
    private static QueryClient query;
    /** Seed file name to article id. */
    private static final Map<String, String> seeds = new HashMap<>();
    private static String khrenin;

    @BeforeAll
    static void start() throws Exception {
        root = KhabarLocal.projectRoot();
        system = LocalSystem.start(new LocalSystem.Settings(root, KhabarStack.Settings.ephemeral(),
                KhabarStack.freePort(), KhabarStack.freePort(), KhabarStack.freePort(),
                List.of("-Xmx768m", "-XX:+UseSerialGC"), API_KEY, Map.of()), Duration.ofMinutes(3));
        query = new QueryClient(system.queryUrl());
        browser = new Browser(system.queryUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void theSeedsPostedThroughIngestAppearInTheOpenLiveFeed() throws Exception {
        browser.open("#/");
        browser.view();
        assertEquals(0, browser.all(".feed .card").size(), "nothing is stored yet");
        Path dir = root.resolve("seeds");
        ArticleImporter.Summary summary = new ArticleImporter(system.ingestUrl(), Optional.of(API_KEY), 2)
                .run(dir, ArticleImporter.files(dir), null, f -> { });
        assertEquals(4, summary.ingested(), summary.toString());
        query.awaitStored(summary.ids(), Duration.ofMinutes(2)).forEach((id, article) ->
                seeds.put(article.path("source").asText().substring("seeds/".length(), "seeds/000".length()), id));
        // the page was not reloaded: the four came over the live stream
        browser.await(d -> browser.all(".feed .card").size() == 4);
        Set<String> shown = new TreeSet<>();
        for (WebElement card : browser.all(".feed .card")) {
            shown.add(card.getAttribute("data-id"));
            assertFalse(card.findElements(By.cssSelector(".tags .chip.entity")).isEmpty(), "entities on " + card.getText());
        }
        assertEquals(new TreeSet<>(seeds.values()), shown);
        khrenin = get("/api/v1/entities?q=Khrenin").at("/items/0/id").asText();
        assertFalse(khrenin.isEmpty(), "Khrenin is a known entity");
        shoot("feed");
    }

    @Test
    @Order(2)
    void aNewArticleWaitsBehindAMarkerWhileTheReaderIsScrolledDown() throws Exception {
        browser.open("#/");
        browser.view();
        browser.size(new Dimension(1366, 300)); // short window: the four cards can be scrolled
        browser.js("window.scrollTo(0, 200)");
        String id = post(Map.of("title", "Khabar feed marker test", "text",
                "Die Verteidigungsminister Irans und Weißrusslands trafen sich erneut in Minsk.", "source", "browser-test"));
        WebElement marker = browser.await(d -> {
            WebElement m = d.findElement(By.cssSelector(".new-marker"));
            return m.isDisplayed() ? m : null;
        });
        assertTrue(marker.getText().startsWith("1"), marker.getText());
        assertTrue(browser.all(".feed .card[data-id='" + id + "']").isEmpty(), "held back while reading");
        marker.click();
        browser.await(d -> !browser.all(".feed .card[data-id='" + id + "']").isEmpty());
        assertEquals(id, browser.all(".feed .card").get(0).getAttribute("data-id"), "the new one is on top");
        browser.size(Browser.LAPTOP);
    }

    @Test
    @Order(3)
    void aNameInPersianAndInLatinScriptFindsTheSameArticles() throws Exception {
        Set<String> persian = searchBox("خرنین");
        Set<String> latin = searchBox("Khrenin");
        assertEquals(persian, latin);
        assertTrue(latin.containsAll(Set.of(seeds.get("000"), seeds.get("002"))), latin + " " + seeds);
        assertFalse(latin.contains(seeds.get("003")), "the Tajikistan report does not mention Khrenin");
        assertTrue(browser.driver.getCurrentUrl().contains("entity="), "the query is in the URL: "
                + browser.driver.getCurrentUrl());
        // the URL alone gives the same page
        String url = browser.driver.getCurrentUrl();
        browser.driver.navigate().refresh();
        browser.driver.get(url);
        assertEquals(latin, results());
        shoot("search");
    }

    private Set<String> searchBox(String text) {
        browser.open("#/search");
        browser.view();
        WebElement box = browser.driver.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().contains("entity=") || d.getCurrentUrl().contains("q="));
        return results();
    }

    private Set<String> results() {
        browser.view();
        browser.await(d -> !browser.all("#results .card, #view p").isEmpty());
        Set<String> ids = new TreeSet<>();
        browser.all("#results .card").forEach(c -> ids.add(c.getAttribute("data-id")));
        return ids;
    }

    @Test
    @Order(4)
    void thePersianSeedReadsRightToLeftWithKhreninLinkedToHisPage() throws Exception {
        browser.open("#/article/" + seeds.get("000"));
        browser.view();
        WebElement text = browser.driver.findElement(By.id("article-text"));
        assertEquals("rtl", text.getAttribute("dir"));
        assertEquals("rtl", text.getCssValue("direction"));
        assertEquals("fa", text.getAttribute("lang"));
        List<WebElement> marks = text.findElements(By.cssSelector("a.mention[data-entity='" + khrenin + "']"));
        assertFalse(marks.isEmpty(), "Khrenin is highlighted");
        WebElement first = marks.get(0);
        assertTrue(first.getText().contains("خرنین"), first.getText());
        assertTrue(first.getAttribute("title").contains("person"), first.getAttribute("title"));
        assertEquals("Vazirmatn", ((String) browser.js("return getComputedStyle(arguments[0]).fontFamily", text))
                .split(",")[0].replace("\"", "").trim());
        assertTrue((Boolean) browser.js("return document.fonts.check('16px Vazirmatn', 'خرنین')"), "the font loaded");
        shoot("article");
        first.click();
        browser.await(d -> d.findElements(By.id("entity-name")).stream().findFirst().orElse(null));
        assertTrue(browser.driver.getCurrentUrl().contains("#/entity/"), browser.driver.getCurrentUrl());
        browser.view();
        assertEquals(khrenin, browser.driver.findElement(By.id("entity-id")).getText());
        // named in the interface's language (lang=en), though the article is Persian
        assertEquals("Viktor Khrenin", browser.driver.findElement(By.id("entity-name")).getText());
        List<String> names = browser.all(".names dd").stream().map(WebElement::getText).toList();
        assertTrue(names.stream().anyMatch(n -> n.contains("خرنین")) && names.stream().anyMatch(n -> n.contains("Chrenin")),
                "his names in Persian and German: " + names);
        shoot("entity");
    }

    @Test
    @Order(5)
    void theMapShadesIranAndBelarus() throws Exception {
        browser.open("#/map");
        browser.view();
        String blank = fill("path.country.shade-0");
        for (String code : List.of("IR", "BY")) {
            WebElement shape = browser.driver.findElement(By.cssSelector("path.country[data-code='" + code + "']"));
            assertTrue(Integer.parseInt(shape.getAttribute("data-count")) > 0, code);
            assertNotEquals(blank, shape.getCssValue("fill"), code + " is shaded");
        }
        assertEquals("0", browser.driver.findElement(By.cssSelector("path.country[data-code='BR']"))
                .getAttribute("data-count"), "Brazil is in no article");
        shoot("map");
    }

    private String fill(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getCssValue("fill");
    }

    @Test
    @Order(6)
    void theStoryOfTheBelarusMeetingHasItsPersianAndGermanReports() throws Exception {
        browser.open("#/article/" + seeds.get("002"));
        browser.view();
        browser.await(d -> d.findElement(By.id("story-link"))).click();
        browser.await(d -> d.getCurrentUrl().contains("#/story/") ? d : null);
        browser.view();
        Set<String> lanes = new TreeSet<>();
        browser.all(".timeline .lane").forEach(l -> lanes.add(l.getAttribute("data-language")));
        assertEquals(Set.of("de", "fa"), lanes);
        shoot("story");
        browser.open("#/stories");
        browser.view();
        assertFalse(browser.all(".card .title").isEmpty(), "the stories list");
        shoot("stories");
    }

    @Test
    @Order(7)
    void nothingAnArticleCarriesRunsOrBecomesMarkup() throws Exception {
        String payload = "<script>window.__khabarXss = 'script'</script><img src=x onerror=\"window.__khabarXss = 'img'\">";
        String id = post(Map.of("title", "خبر آزمایشی " + payload, "source", "xss<b>test</b>",
                "text", "وزیر دفاع ایران در تهران گفت " + payload + " و همکاری ادامه دارد.\n"
                        + "<svg onload=\"window.__khabarXss = 'svg'\"></svg> <a href=\"javascript:window.__khabarXss='a'\">x</a>"));
        // what does not come through ingest (an outside producer of articles.enriched, a knowledge base entry): a
        // javascript: URL, an entity name, a topic label, a quotation and a credit with markup
        String enriched = publishEnriched(payload);
        for (String view : List.of("#/", "#/search?source=" + URLEncoder.encode("xss<b>test</b>", StandardCharsets.UTF_8),
                "#/article/" + id, "#/article/" + enriched, "#/entity/" + URLEncoder.encode("xss:entity", StandardCharsets.UTF_8),
                "#/search?topic=xss:topic")) {
            browser.open(view);
            browser.view();
            browser.await(d -> d.getPageSource().contains("window.__khabarXss"));
            Thread.sleep(300); // an image's error event would come after the element is in the page
            assertNull(browser.js("return window.__khabarXss"), view);
            assertEquals(0L, browser.js("return document.querySelectorAll('#view img, #view script, #view svg [onload],"
                    + " #view [onerror], #view [onload], #view b, a[href^=\"javascript:\"]').length"), view);
            assertTrue((Boolean) browser.js("return document.getElementById('view').textContent.includes(arguments[0])",
                    "<script>window.__khabarXss = 'script'</script>"), view + ": the markup is shown as text");
        }
        // and had a script got in, the policy would not let it run: no inline script, no string as script
        Object inline = browser.js("try { const s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
                + " document.body.append(s); } catch (e) { return 'refused: ' + e.name; } return String(window.__inline);");
        assertTrue("undefined".equals(inline) || String.valueOf(inline).startsWith("refused"), String.valueOf(inline));
        browser.open("#/article/" + id);
        browser.view();
        shoot("article-untrusted");
    }

    /** An enriched record with markup in every field the page shows, straight onto articles.enriched; its id. */
    private static String publishEnriched(String payload) throws Exception {
        String id = "xss" + Long.toHexString(System.nanoTime());
        String text = "وزیر دفاع در تهران گفت: «همکاری " + payload + " ادامه دارد» و رفت.";
        var e = JSON.createObjectNode();
        e.put("schemaVersion", 2).put("eventId", java.util.UUID.randomUUID().toString()).put("id", id)
                .put("rawEventId", java.util.UUID.randomUUID().toString()).put("receivedAt", "2026-01-08T09:59:00Z")
                .put("enrichedAt", "2026-01-08T10:00:00Z").put("pipelineVersion", "test").put("text", text)
                .put("cleanText", text).put("title", "enriched " + payload).put("source", "xss-enriched")
                .put("url", "javascript:window.__khabarXss='url'");
        e.putObject("language").put("code", "fa").put("confidence", 0.99).put("reliable", true);
        var entities = e.putObject("entities");
        entities.putArray("mentions").addObject().put("start", 10).put("end", 15).put("surface", text.substring(10, 15))
                .put("type", "person").put("entityId", "xss:entity").put("confidence", 0.9)
                .put("evidence", "<img src=x onerror=\"window.__khabarXss='evidence'\">").put("stage", "entities");
        entities.putArray("sources");
        entities.putArray("entities").addObject().put("id", "xss:entity").put("type", "person").put("count", 1)
                .put("name", "<img src=x onerror=\"window.__khabarXss='entity'\">")
                .set("names", JSON.valueToTree(Map.of("fa", List.of("<b>نام</b><img src=x onerror=\"window.__khabarXss='name'\">"))));
        e.putArray("topics").addObject().put("id", "xss:topic").put("label", "<img src=x onerror=\"window.__khabarXss='topic'\">")
                .put("score", 0.9).put("stage", "topics").putArray("evidence");
        int quote = text.indexOf('«');
        e.putArray("quotations").addObject().put("start", quote).put("end", text.indexOf('»') + 1)
                .put("cueStart", 19).put("cueEnd", 22).put("kind", "direct")
                .put("speakerId", "xss:entity").put("confidence", 0.8).put("stage", "quotations");
        var attribution = e.putObject("attribution");
        attribution.putArray("credits").addObject().put("start", 0).put("end", 4).put("role", "outlet")
                .put("name", "<img src=x onerror=\"window.__khabarXss='credit'\">").put("confidence", 0.9)
                .put("evidence", "source-line").put("stage", "attribution");
        attribution.putArray("phrases");
        e.putArray("stages");
        new io.khabar.stack.TopicClient(system.stack().kafkaBootstrapServers())
                .send("articles.enriched", id, JSON.writeValueAsString(e), Map.of());
        query.awaitStored(List.of(id), Duration.ofMinutes(1));
        return id;
    }

    @Test
    @Order(8)
    void everyPageFitsAPhoneAndThePersianInterfaceRunsRightToLeft() throws Exception {
        browser.size(Browser.PHONE);
        String story = get("/api/v1/articles/" + seeds.get("000")).at("/story/id").asText();
        Map<String, String> pages = Map.of("feed", "#/", "search", "#/search?entity=" + khrenin,
                "article", "#/article/" + seeds.get("000"), "entity", "#/entity/" + khrenin, "map", "#/map",
                "stories", "#/stories", "story", "#/story/" + story);
        for (Map.Entry<String, String> page : new java.util.TreeMap<>(pages).entrySet()) {
            browser.open(page.getValue());
            browser.view();
            long overflow = (Long) browser.js("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 0, page.getKey() + " is " + overflow + " px wider than a phone");
            browser.screenshot(SHOTS, page.getKey() + "-phone");
        }
        browser.size(Browser.LAPTOP);
        browser.open("#/");
        browser.view();
        browser.driver.findElement(By.id("ui-language")).click();
        browser.await(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")) ? d : null);
        assertEquals("خبرهای تازه", browser.driver.findElement(By.cssSelector("#nav a[data-page='feed']")).getText());
        browser.open("#/story/" + story);
        browser.view();
        browser.screenshot(SHOTS, "story-persian-interface-laptop");
        browser.open("#/entity/" + URLEncoder.encode(khrenin, StandardCharsets.UTF_8));
        browser.view();
        assertEquals("ویکتور خرنین", browser.driver.findElement(By.id("entity-name")).getText(),
                "in the Persian interface, his Persian name");
        browser.driver.findElement(By.id("ui-language")).click();
        browser.await(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")) ? d : null);
    }

    @Test
    @Order(9)
    void theKeyboardReachesTheContentAndTheNavigation() throws Exception {
        browser.open("#/");
        browser.driver.navigate().refresh(); // a fresh document: focus starts at its top
        browser.view();
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver.switchTo().activeElement();
        assertEquals("skip-link", skip.getAttribute("id"));
        // following the skip link moves focus to the content and leaves the view as it is
        String route = browser.driver.findElement(By.cssSelector("#view > .page")).getAttribute("data-route");
        skip.sendKeys(Keys.ENTER);
        assertEquals("view", browser.driver.switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/"), browser.driver.getCurrentUrl());
        assertEquals(route, browser.driver.findElement(By.cssSelector("#view > .page")).getAttribute("data-route"));
        browser.driver.navigate().refresh();
        browser.view();
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        skip = browser.driver.switchTo().activeElement();
        skip.sendKeys(Keys.TAB, Keys.TAB);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertEquals("feed", focused.getAttribute("data-page"), focused.getText());
        focused.sendKeys(Keys.TAB, Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().endsWith("#/search") ? d : null);
        assertEquals("search-q", browser.view().findElement(By.cssSelector("label[for]")).getAttribute("for"));
    }

    private static void shoot(String name) throws Exception {
        browser.screenshot(SHOTS, name + "-laptop");
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(system.queryUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** Posts an article through ingest and waits until it is stored; its id. */
    private static String post(Map<String, String> article) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(system.ingestUrl() + "/api/v1/articles"))
                .header("Content-Type", "application/json").header("X-Api-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(article))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        String id = JSON.readTree(r.body()).path("id").asText();
        query.awaitStored(List.of(id), Duration.ofMinutes(1));
        return id;
    }
}
