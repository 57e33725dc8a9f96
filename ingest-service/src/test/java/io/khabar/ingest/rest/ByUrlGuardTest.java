package io.khabar.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** With the default configuration, by-url never reaches into the service's own machine or network. */
@QuarkusTest
class ByUrlGuardTest {

    @Test
    void loopbackLinkLocalPrivateAndNonHttpUrlsAreRefused() {
        for (String url : new String[] {"http://127.0.0.1/", "http://169.254.169.254/latest/meta-data/",
            "http://localhost:8081/q/health", "http://[::1]/", "http://10.0.0.1/", "http://192.168.1.1/",
            "http://0.0.0.0/", "http://100.64.0.1/"}) {
            given().contentType(ContentType.JSON).body(Map.of("url", url)).when().post("/api/v1/articles/by-url")
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("url"))
                    .body("detail", containsString("not fetched"));
        }
        for (String url : new String[] {"file:///etc/passwd", "gopher://example.org/", "ftp://example.org/a"}) {
            given().contentType(ContentType.JSON).body(Map.of("url", url)).when().post("/api/v1/articles/by-url")
                    .then().statusCode(400).body("field", equalTo("url"))
                    .body("detail", containsString("only http and https"));
        }
        given().contentType(ContentType.JSON).body(Map.of("source", "no url")).when().post("/api/v1/articles/by-url")
                .then().statusCode(400).body("field", equalTo("url"));
    }
}
