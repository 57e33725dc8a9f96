package io.khabar.ingest.ledger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;

import io.khabar.ingest.config.LedgerConfig;
import io.khabar.stack.KhabarStack;
import org.junit.jupiter.api.Test;

/** What one run of the ledger recorded, the next run knows: the state lives in a compacted topic of a real broker. */
class ArticleLedgerRestartTest {

    @Test
    void aSecondInstanceKnowsWhatTheFirstRecorded() throws Exception {
        try (KhabarStack stack = KhabarStack.start(KhabarStack.Settings.ephemeral(false))) {
            ArticleLedger first = ledger(stack);
            assertEquals(ArticleLedger.Seen.NEW, first.seen("a1", "h1"));
            first.record("a1", "h1", "key-1");
            first.record("a2", "h2", null);
            first.recordFeedItem("feed1", "item1", "ingested a1");
            first.putFeed("feed1", "{\"url\": \"http://example.org/rss\"}");
            first.putFeed("feed2", "{}");
            first.putFeed("feed2", null);
            assertEquals(ArticleLedger.Seen.SAME_CONTENT, first.seen("a1", "h1"));
            first.stop(); // flushes what it recorded, as a shutdown does

            ArticleLedger second = ledger(stack);
            assertEquals(ArticleLedger.Seen.SAME_CONTENT, second.seen("a1", "h1"));
            assertEquals(ArticleLedger.Seen.OTHER_CONTENT, second.seen("a2", "changed"));
            assertEquals(ArticleLedger.Seen.NEW, second.seen("a3", "h3"));
            assertEquals(Optional.of("a1"), second.idForKey("key-1"));
            assertEquals(true, second.feedItemSeen("feed1", "item1"));
            assertEquals(false, second.feedItemSeen("feed1", "item2"));
            assertEquals(java.util.Set.of("feed1"), second.feeds().keySet(), "a removed feed stays removed");
            second.stop();
        }
    }

    private static ArticleLedger ledger(KhabarStack stack) {
        ArticleLedger ledger = new ArticleLedger();
        ledger.bootstrapServers = stack.kafkaBootstrapServers();
        ledger.config = new LedgerConfig() {
            @Override
            public String topic() {
                return "ingest.ledger";
            }

            @Override
            public int partitions() {
                return 2;
            }
        };
        ledger.start(null);
        await().atMost(Duration.ofSeconds(60)).until(ledger::loaded);
        return ledger;
    }
}
