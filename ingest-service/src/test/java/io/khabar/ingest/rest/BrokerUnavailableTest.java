package io.khabar.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** With no broker to acknowledge, an article is never reported as accepted: 503 with Retry-After, and not ready. */
@QuarkusTest
@TestProfile(BrokerUnavailableTest.NoBroker.class)
class BrokerUnavailableTest {

    /** Points the producer at a port where nothing listens and waits only briefly. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.articles-raw.bootstrap.servers", "localhost:1",
                    "mp.messaging.outgoing.articles-raw.max.block.ms", "1000",
                    "khabar.ingest.publish-timeout", "3s",
                    "khabar.ingest.retry-after-seconds", "7");
        }
    }

    @Test
    void postAnswers503WithRetryAfterAndReadinessIsDown() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Ein Artikel, den niemand bestätigen kann."))
                .when().post("/api/v1/articles")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "7").body("type", equalTo("urn:khabar:problem:broker-unavailable"));
        given().when().get("/q/health/ready").then().statusCode(503);
    }

    @Test
    void aBatchReportsEveryItemUnavailableAndWaitsForTheBrokerOnlyOnce() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            body.append("{\"text\": \"Artikel ").append(i).append(", den niemand bestätigen kann.\"}\n");
        }
        ValidatableResponse r = given().contentType("application/x-ndjson")
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200).body("accepted", equalTo(0)).body("rejected", equalTo(50));
        r.body("items.error.status", everyItem(equalTo(503)))
                .body("items[0].error.detail", containsString("publishing failed"));
        // after the first item found no broker within max.block.ms, the others were refused without waiting again
        for (int i = 1; i < 50; i++) {
            r.body("items[" + i + "].error.detail", containsString("an earlier item of this batch"));
        }
    }
}
