package io.khabar.query.rest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.query.config.QueryConfig;
import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admission control for the read API: at most {@code khabar.query.reads.concurrency} requests of a lane are answered
 * at once, and the others wait their turn in arrival order (a fair semaphore), up to {@code khabar.query.reads.max-wait},
 * then get 503 with {@code Retry-After}. With every request let in at once, 50 clients on two cores left the threads
 * of the service, of PostgreSQL and of the clients time-slicing each other, and one list in a hundred took four times
 * the median; let in four at a time, the same lists came back at a steadier pace and faster overall (query-service
 * README, "Admission"). Requests with full-text words cost PostgreSQL ten times a list's work, so they have their own
 * lane and do not hold up the lists and look-ups behind them.
 */
@ApplicationScoped
@Startup // a bad setting stops the start instead of failing every read
public class ReadAdmission {

    /** Which queue a request waits in. */
    public enum Lane {
        /** Lists, facets and look-ups answered from indexes. */
        INDEX,
        /** Anything with full-text words ({@code q}). */
        WORDS;

        /** The lane of a request with these full-text words, or none. */
        public static Lane of(String q) {
            return q == null || q.isBlank() ? INDEX : WORDS;
        }
    }

    /** The OpenAPI description of the 503 a read gets when it waited too long. */
    public static final String OVERLOADED = "Too many requests being answered: waited khabar.query.reads.max-wait,"
            + " see Retry-After";

    private final Map<Lane, Semaphore> permits = new EnumMap<>(Lane.class);
    private final Duration maxWait;

    @Inject
    public ReadAdmission(QueryConfig config,
                         @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20") int pool) {
        this(config.reads().concurrency().orElse(defaultConcurrency(Runtime.getRuntime().availableProcessors(), pool)),
                config.reads().maxWait());
    }

    /**
     * Twice the processors a lane, but no more than both lanes can get connections for: the storing (three batches at
     * once), the two assigners, the facet index's refresh and the story relay keep {@link #RESERVED_CONNECTIONS}.
     */
    static int defaultConcurrency(int processors, int pool) {
        return Math.max(1, Math.min(2 * processors, (pool - RESERVED_CONNECTIONS) / 2));
    }

    /** Connections of the pool left to the writers when the lanes' default is worked out. */
    static final int RESERVED_CONNECTIONS = 6;

    ReadAdmission(int concurrency, Duration maxWait) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("khabar.query.reads.concurrency must be at least 1, not " + concurrency);
        }
        for (Lane lane : Lane.values()) {
            permits.put(lane, new Semaphore(concurrency, true));
        }
        this.maxWait = maxWait;
    }

    /** {@code work}'s answer once the lane lets it in; {@link OverloadedException} after waiting too long. */
    public <T> T call(Lane lane, Supplier<T> work) {
        Semaphore semaphore = permits.get(lane);
        boolean admitted;
        try {
            admitted = semaphore.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverloadedException("the request was interrupted while waiting for its turn", maxWait);
        }
        if (!admitted) {
            throw new OverloadedException("too many requests are being answered; waited " + maxWait.toMillis()
                    + " ms for a turn", maxWait);
        }
        try {
            return work.get();
        } finally {
            semaphore.release();
        }
    }

    /** Permits of a lane, for tests that hold them. */
    Semaphore permits(Lane lane) {
        return permits.get(lane);
    }

    /** The service is answering as many reads as it admits and this one waited too long: 503. */
    public static class OverloadedException extends RuntimeException {

        private final long retryAfterSeconds;

        OverloadedException(String message, Duration waited) {
            super(message);
            this.retryAfterSeconds = Math.max(1, waited.toSeconds());
        }

        /** Seconds for the {@code Retry-After} header. */
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
