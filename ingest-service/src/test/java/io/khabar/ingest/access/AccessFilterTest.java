package io.khabar.ingest.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Outside dev mode, writes need a configured API key and are rate-limited per key. */
@QuarkusTest
@TestProfile(AccessFilterTest.KeysAndLimits.class)
class AccessFilterTest {

    /** Two keys, and a limit low enough to reach in a test. */
    public static class KeysAndLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khabar.ingest.access.require-api-key", "true",
                    "khabar.ingest.access.api-keys", "first-key-0123456789,second-key-9876543210",
                    "khabar.ingest.access.requests-per-second", "1",
                    "khabar.ingest.access.burst", "3");
        }
    }

    private static final Map<String, String> ARTICLE = Map.of("text", "Ein Artikel mit Schlüssel.");

    @Test
    void writesWithoutAGoodKeyAre401AndReadsNeedNone() {
        given().contentType(ContentType.JSON).body(ARTICLE).when().post("/api/v1/articles")
                .then().statusCode(401).contentType("application/problem+json").body("field", equalTo("X-Api-Key"))
                .header("WWW-Authenticate", notNullValue());
        given().contentType(ContentType.JSON).header("X-Api-Key", "first-key-012345678").body(ARTICLE)
                .when().post("/api/v1/articles").then().statusCode(401);
        given().contentType(ContentType.JSON).header("X-Api-Key", "first-key-0123456789x").body(ARTICLE)
                .when().post("/api/v1/articles").then().statusCode(401);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfterAndAnotherKeyIsUnaffected() {
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 8; i++) {
            Response r = given().contentType(ContentType.JSON).header("X-Api-Key", "second-key-9876543210")
                    .body(Map.of("text", "Artikel " + i + " unter Last.")).when().post("/api/v1/articles");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                limited = r;
            }
        }
        assertTrue(statuses.contains(202) && statuses.contains(429), statuses.toString());
        assertTrue(limited.getHeader("Retry-After") != null && limited.getContentType().startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).header("X-Api-Key", "first-key-0123456789")
                .body(Map.of("text", "Ein anderer Schlüssel, eigener Eimer.")).when().post("/api/v1/articles")
                .then().statusCode(202);
    }
}
