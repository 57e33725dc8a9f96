package io.khabar.bench.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.khabar.local.ServiceProcess;
import io.khabar.stack.KhabarStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/**
 * Scale-out (issue 8): partitions are the unit of parallelism. {@code articles.raw} and {@code articles.enriched} have
 * 4 partitions; two enrich-service and two query-service processes share them in their consumer groups, behind one
 * ingest-service. Every accepted article is stored exactly once, both instances of each service did part of the
 * work, and when one enrich instance leaves mid-stream the other takes its partitions over without loss.
 */
class ScaleOutTest {

    private static final String API_KEY = "scale-out-key";
    private static final Duration READY = Duration.ofMinutes(3);

    @Test
    void twoEnrichAndTwoQueryInstancesOnFourPartitionsStoreEveryArticleOnce() throws Exception {
        Path root = Path.of(System.getProperty("khabar.root", "../..")).toAbsolutePath().normalize();
        List<ServiceProcess> services = new ArrayList<>();
        try (KhabarStack stack = KhabarStack.start(KhabarStack.Settings.ephemeral())) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("articles.raw", 4, (short) 1),
                        new NewTopic("articles.enriched", 4, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            Map<String, String> env = new java.util.HashMap<>(stack.serviceEnvironment());
            env.put("KHABAR_INGEST_ACCESS_API_KEYS", API_KEY);
            Path logs = stack.settings().home().resolve("logs");
            List<String> jvm = List.of("-Xmx768m", "-XX:+UseSerialGC");
            ServiceProcess query1 = start(services, root, "query-service", "query-service", env, logs, jvm);
            ServiceProcess query2 = start(services, root, "query-service", "query-service-2", env, logs, jvm);
            ServiceProcess enrich1 = start(services, root, "enrich-service", "enrich-service", env, logs, jvm);
            ServiceProcess enrich2 = start(services, root, "enrich-service", "enrich-service-2", env, logs, jvm);
            ServiceProcess ingest = start(services, root, "ingest-service", "ingest-service", env, logs, jvm);
            for (ServiceProcess p : services) {
                p.awaitReady(READY);
            }

            List<String> bodies = new FaultArticles(root.resolve("seeds")).of("scale-out", 400);
            Poster poster = new Poster(ingest.baseUrl(), API_KEY);
            CompletableFuture<Poster.Posted> posting = CompletableFuture.supplyAsync(() -> {
                try {
                    return poster.post(bodies, 40, 4, true);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitMembers(stack, "enrich-service", 2);
            awaitMembers(stack, "query-service", 2);
            double enrichedBySecond = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (enrichedBySecond == 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                enrichedBySecond = counter(enrich2, "khabar_enrich_articles_total", "enriched");
            }
            assertTrue(enrichedBySecond > 0, "the second enrich instance took part");
            enrich2.close(); // leaves the group mid-stream: its partitions go to the first
            Poster.Posted posted = posting.get(5, TimeUnit.MINUTES);
            assertTrue(posted.problems().isEmpty(), posted.problems().toString());
            assertEquals(400, posted.accepted().size());

            StoredCount.Count count = new StoredCount(stack).await("scale-out", posted.accepted(), Duration.ofMinutes(4));
            assertTrue(count.lost().isEmpty(), "accepted but not stored: " + count.lost());
            assertTrue(count.invented().isEmpty(), "stored but never accepted: " + count.invented());
            assertEquals(0, count.duplicated());
            assertEquals(400, count.stored());
            // the second instance's final count went with it; the first took over its partitions
            assertTrue(counter(enrich1, "khabar_enrich_articles_total", "enriched") > 400 / 2, "the first did the most");
            assertTrue(counter(query1, "khabar_query_articles_total", "stored") > 0, "the first query instance stored");
            assertTrue(counter(query2, "khabar_query_articles_total", "stored") > 0, "the second query instance stored");
            awaitMembers(stack, "enrich-service", 1); // the remaining instance owns all 4 partitions
        } finally {
            services.forEach(ServiceProcess::close);
        }
    }

    private static ServiceProcess start(List<ServiceProcess> services, Path root, String service, String instance,
                                        Map<String, String> env, Path logs, List<String> jvm) throws Exception {
        ServiceProcess p = ServiceProcess.start(root, service, instance, KhabarStack.freePort(), env, logs, jvm);
        services.add(p);
        return p;
    }

    /** Waits until the group has {@code members} members that split the 4 partitions evenly. */
    private static void awaitMembers(KhabarStack stack, String group, int members) throws Exception {
        FaultSuiteTest.await(() -> {
            List<MemberDescription> all = members(stack, group);
            return all.size() == members
                    && all.stream().allMatch(m -> m.assignment().topicPartitions().size() == 4 / members);
        }, Duration.ofMinutes(1), group + " has " + members + " members with " + 4 / members + " partitions each");
    }


    private static List<MemberDescription> members(KhabarStack stack, String group) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(30, TimeUnit.SECONDS);
            return List.copyOf(d.members());
        } catch (Exception e) {
            return List.of();
        }
    }

    /** A counter of a service's {@code /q/metrics} with that outcome; 0 when it is not there yet. */
    private static double counter(ServiceProcess p, String name, String outcome) {
        return Math.max(0, ServiceMetrics.sum(p.baseUrl(), name, "outcome=\"" + outcome + "\""));
    }
}
