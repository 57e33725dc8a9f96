package io.khabar.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import io.khabar.ingest.messaging.Topics;
import io.khabar.stack.KhabarStack;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The real broker stopped and started again under a running service: 503 while it is gone, 202 once it is back. */
@QuarkusTest
class BrokerOutageTest {

    @Test
    void whileTheBrokerIsDownNothingIsAcceptedAndAfterItReturnsTheSameRequestSucceeds() throws Exception {
        KhabarStack stack = KhabarStackResource.stack();
        TopicClient topics = new TopicClient(stack.kafkaBootstrapServers());
        Map<String, String> article = Map.of("text", "Dieser Artikel kam an, während der Broker fort war. "
                + System.nanoTime());
        long before = topics.recordCount(Topics.ARTICLES_RAW);
        stack.stopKafka();
        try {
            given().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:khabar:problem:broker-unavailable"));
        } finally {
            stack.startKafka();
        }
        String id = given().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                .then().statusCode(202).extract().path("id");
        topics.await(Topics.ARTICLES_RAW, r -> id.equals(r.key()), Duration.ofSeconds(30));
        // the refused attempt was given up by the producer before the 503 was sent: it never appears later
        assertEquals(1, topics.readAll(Topics.ARTICLES_RAW).stream().filter(r -> id.equals(r.key())).count());
        assertEquals(before + 1, topics.recordCount(Topics.ARTICLES_RAW), "records from before the outage are kept");
    }
}
