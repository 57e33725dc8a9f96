package io.khabar.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ingest.config.IngestConfig;
import io.khabar.ingest.mapping.ArticleSubmission;
import io.khabar.ingest.mapping.RawArticleEvent;
import io.khabar.ingest.rest.Problem;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Ingests a batch as it streams in (NDJSON, one article per line, or a JSON array), never holding the whole body:
 * items are read, checked and published while earlier ones are still on their way to the broker (at most
 * {@code Window.IN_FLIGHT} at once), and each item's outcome is reported in order. A bad
 * item is reported in its place and does not stop the others.
 */
@ApplicationScoped
public class BatchIngestService {

    @Inject
    IngestService ingest;
    @Inject
    IngestConfig config;
    @Inject
    ObjectMapper json;
    @Inject
    BatchLineParser lineParser;

    /** One line one article; blank lines are skipped (and not counted). */
    public BatchResult ndjson(InputStream body) throws IOException {
        Window window = new Window();
        LineReader lines = new LineReader(body, config.maxBodyBytes());
        int index = 0;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.tooLong()) {
                window.add(index++, new InvalidArticleException("line", "line is longer than "
                        + config.maxBodyBytes() + " bytes"));
                continue;
            }
            if (isBlank(line.bytes())) {
                continue;
            }
            byte[] bytes = line.bytes();
            window.add(index++, () -> {
                RawArticleEvent event = lineParser.parse(bytes); // the common case, its text never decoded
                if (event != null) {
                    return event;
                }
                if (bytes[firstNonSpace(bytes)] != '{') {
                    throw new InvalidArticleException("body", "an item must be a JSON object with at least a 'text' field");
                }
                // bound straight from the bytes: Jackson checks the UTF-8 itself and names the field at fault
                return ingest.prepare(json.readValue(bytes, ArticleSubmission.class), RawArticleEvent.JSON, null, null);
            });
        }
        return window.finish();
    }

    /** A JSON array of article objects; a syntax error ends the batch with an error at the item where it occurred. */
    public BatchResult jsonArray(InputStream body) throws IOException {
        Window window = new Window();
        int index = 0;
        try (JsonParser parser = json.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidArticleException("body", "a batch in JSON is an array of article objects");
            }
            while (true) {
                JsonToken token;
                JsonNode node;
                try {
                    token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        break;
                    }
                    if (token == null) {
                        throw new InvalidArticleException("body", "the array is not closed");
                    }
                    node = parser.readValueAsTree();
                } catch (JsonProcessingException e) {
                    window.add(index, new InvalidArticleException("body", "the batch is not valid JSON from item "
                            + index + " on (" + e.getOriginalMessage() + "); later items were not read"));
                    break;
                } catch (InvalidArticleException e) {
                    window.add(index, e);
                    break;
                }
                JsonNode item = node;
                window.add(index++, () -> ingest.prepare(submission(item), RawArticleEvent.JSON, null, null));
            }
        }
        return window.finish();
    }

    private ArticleSubmission submission(JsonNode node) throws JsonProcessingException {
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException("body", "an item must be a JSON object with at least a 'text' field");
        }
        return json.treeToValue(node, ArticleSubmission.class);
    }

    /** The first byte after a leading byte order mark (which Jackson skips too) and white space. */
    private static int firstNonSpace(byte[] line) {
        int bom = line.length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF ? 3 : 0;
        for (int i = bom; i < line.length; i++) {
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
                return i;
            }
        }
        return 0;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Reading one item: parse, bind and check, may throw. */
    private interface ItemReader {
        RawArticleEvent read() throws IOException;
    }

    /**
     * Keeps up to {@code IN_FLIGHT} items on their way to the broker while the next ones are read and checked, and
     * every outcome in its place.
     */
    private final class Window {
        private static final int IN_FLIGHT = 2000;
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
        private final Map<Integer, BatchItem> done = new ConcurrentSkipListMap<>();
        /** Set once the broker did not answer in time: the batch's later items are then refused at once. */
        private volatile BrokerUnavailableException brokerDown;

        void add(int index, ItemReader reader) {
            RawArticleEvent event;
            try {
                event = reader.read();
            } catch (InvalidArticleException e) {
                add(index, e);
                return;
            } catch (IOException e) {
                String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                add(index, new InvalidArticleException("body", "item is not a valid article: " + detail));
                return;
            }
            BrokerUnavailableException down = brokerDown;
            if (down != null) { // not another wait of the producer's max.block.ms for each of thousands of items
                add(index, down);
                return;
            }
            inFlight.acquireUninterruptibly();
            ingest.publish(event, (outcome, failure) -> {
                if (failure == null) {
                    done.put(index, new BatchItem(index, outcome.id(), outcome.status(), null));
                } else {
                    if (failure.getCause() instanceof TimeoutException) {
                        brokerDown = new BrokerUnavailableException("not sent, because an earlier item of this batch "
                                + "found the broker unavailable (" + failure.getMessage() + ")", failure);
                    }
                    add(index, failure);
                }
                inFlight.release();
            });
        }

        void add(int index, BrokerUnavailableException e) {
            done.put(index, new BatchItem(index, null, null, new Problem("urn:khabar:problem:broker-unavailable",
                    "Service Unavailable", 503, "the item was not accepted: " + e.getMessage(), null)));
        }

        void add(int index, InvalidArticleException e) {
            done.put(index, new BatchItem(index, null, null, new Problem("urn:khabar:problem:invalid-article",
                    "Bad Request", 400, e.getMessage(), e.field())));
        }

        BatchResult finish() {
            inFlight.acquireUninterruptibly(IN_FLIGHT); // every item has its outcome
            inFlight.release(IN_FLIGHT);
            return BatchResult.of(List.copyOf(done.values()));
        }
    }
}
