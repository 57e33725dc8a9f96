package io.khabar.query.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The web page's files as query-service serves them: the page with a policy that lets no script but its own run,
 * every file it loads served from here (no internet at run time), no code of it that parses data as HTML, and the
 * third-party files still those copied from the npm registry. What the page does is tested in a real browser
 * ({@code deploy/browser}).
 */
@QuarkusTest
@QuarkusTestResource(KhabarStackResource.class)
class WebPageResourcesTest {

    private static final String ROOT = "META-INF/resources/";
    /** What would turn a string into markup or code. */
    private static final Pattern UNSAFE = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write"
            + "|\\beval\\(|new Function|setTimeout\\(['\"]|createContextualFragment|DOMParser|srcdoc|setHTML"
            + "|\\bimport\\(|setAttribute\\(['\"]on");
    private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"|script\\('(/[^']+)'\\)"
            + "|fetch\\('(/[^']+)'\\)|url\\(\"(/[^\"]+)\"\\)");

    @Test
    void thePageIsServedWithAPolicyThatRunsOnlyItsOwnScripts() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", containsString("require-trusted-types-for 'script'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("/app/main.js"));
    }

    @Test
    void everyFileThePageLoadsIsServedByThisService() throws Exception {
        List<String> paths = appFiles().flatMap(f -> {
            Matcher m = LOADED.matcher(read(f));
            Stream.Builder<String> found = Stream.builder();
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        found.add(m.group(g));
                    }
                }
            }
            return found.build();
        }).distinct().toList();
        assertTrue(paths.contains("/webjars/d3-geo/3.1.1/dist/d3-geo.min.js"), paths.toString());
        assertTrue(paths.contains("/vendor/world-atlas/countries-110m.json"), paths.toString());
        for (String path : paths) {
            given().when().get(path).then().statusCode(200);
        }
        appFiles().forEach(f -> {
            String text = read(f).replace("'http://www.w3.org/2000/svg'", ""); // SVG's namespace, not an address
            assertFalse(text.contains("http://") || text.contains("https://"), f.getFileName() + " names another host");
        });
        given().when().get("/api/v1/countries").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void noCodeOfThePageParsesDataAsMarkup() throws Exception {
        List<Path> files = appFiles().filter(f -> f.toString().endsWith(".js")).toList();
        assertTrue(files.size() >= 8, files.toString());
        for (Path f : files) {
            Matcher m = UNSAFE.matcher(read(f));
            if (m.find()) {
                throw new AssertionError(f.getFileName() + " uses " + m.group());
            }
        }
    }

    @Test
    void theThirdPartyFilesAreThoseCopiedFromTheNpmRegistry() throws Exception {
        List<String> sums = Files.readAllLines(resource("vendor/SHA256SUMS"));
        assertEquals(4, sums.size());
        for (String line : sums) {
            String[] parts = line.split("\\s+");
            try (InputStream in = Files.newInputStream(resource("vendor/" + parts[1]))) {
                String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                assertEquals(parts[0], actual, parts[1]);
            }
        }
    }

    private static Stream<Path> appFiles() throws Exception {
        return Stream.concat(Stream.of(resource("index.html")), Files.list(resource("app")).sorted());
    }

    private static Path resource(String name) throws Exception {
        URL url = WebPageResourcesTest.class.getClassLoader().getResource(ROOT + name);
        if (url == null) {
            throw new AssertionError("no " + ROOT + name + " on the class path");
        }
        return Path.of(url.toURI());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
