package io.khabar.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
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
}
