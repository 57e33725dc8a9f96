package io.khabar.bench.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.stack.TopicClient;

/**
 * Duplicate and reordered delivery on {@code articles.enriched}: a case's enriched records are written to the topic
 * again, all of them in order, then all in reverse order, then, for every tenth article, a version enriched an hour
 * before the stored one, under a title that marks it {@code STALE}. query-service must store none of them twice and
 * keep none of the older versions.
 */
final class Replays {

    /** What was replayed: the articles' ids and the number of records written. */
    record Outcome(Set<String> ids, int replayed) {
    }

    static final String STALE = "STALE ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TopicClient topics;
    private final String queryUrl;

    Replays(TopicClient topics, String queryUrl) {
        this.topics = topics;
        this.queryUrl = queryUrl;
    }

    Outcome replay(String urlPrefix, Duration timeout) throws Exception {
        Map<String, String> latest = new LinkedHashMap<>();
        for (TopicClient.Received r : topics.readAll("articles.enriched")) {
            if (r.value() != null && r.value().contains(urlPrefix)
                    && JSON.readTree(r.value()).path("url").asText().startsWith(urlPrefix)) {
                latest.put(r.key(), r.value());
            }
        }
        List<Map.Entry<String, String>> records = new ArrayList<>(latest.entrySet());
        List<Map.Entry<String, String>> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        List<Map.Entry<String, String>> all = new ArrayList<>(records);
        all.addAll(reversed);
        int i = 0;
        for (Map.Entry<String, String> e : records) {
            if (i++ % 10 == 0) {
                ObjectNode older = (ObjectNode) JSON.readTree(e.getValue());
                older.put("eventId", UUID.randomUUID().toString());
                older.put("enrichedAt", Instant.parse(older.path("enrichedAt").asText()).minusSeconds(3600).toString());
                older.put("title", STALE + older.path("title").asText());
                all.add(Map.entry(e.getKey(), JSON.writeValueAsString(older)));
            }
        }
        double before = processed();
        topics.sendAll("articles.enriched", all);
        FaultSuiteTest.await(() -> processed() >= before + all.size(), timeout,
                "query-service handled the " + all.size() + " replayed records");
        return new Outcome(Set.copyOf(latest.keySet()), all.size());
    }

    /** Records query-service has handled: stored, unchanged or dead-lettered; -1 while it does not answer. */
    private double processed() {
        return ServiceMetrics.sum(queryUrl, "khabar_query_articles_total", null);
    }
}
