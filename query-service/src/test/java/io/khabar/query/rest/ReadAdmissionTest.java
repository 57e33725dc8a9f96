package io.khabar.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.khabar.query.rest.ReadAdmission.Lane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The read API's admission control on its own: how many at once, waiting, giving up, and the two lanes. */
class ReadAdmissionTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void letsInAtMostTheConcurrencyAtOnceAndTheRestWhenOneFinishes() throws Exception {
        ReadAdmission admission = new ReadAdmission(2, Duration.ofSeconds(30));
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger most = new AtomicInteger();
        AtomicInteger now = new AtomicInteger();
        Runnable work = () -> admission.call(Lane.INDEX, () -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            inside.countDown();
            await(release);
            now.decrementAndGet();
            return null;
        });
        Future<?> first = threads.submit(work);
        Future<?> second = threads.submit(work);
        assertTrue(inside.await(10, TimeUnit.SECONDS), "two requests are let in at once");
        Future<?> third = threads.submit(work);
        Thread.sleep(200);
        assertFalse(third.isDone(), "a third waits while two are being answered");
        assertEquals(2, now.get());
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        third.get(10, TimeUnit.SECONDS);
        assertEquals(2, most.get(), "never more than two at once");
    }

    @Test
    void aRequestThatWaitsTooLongIsRefusedWithTheWaitNamed() {
        ReadAdmission admission = new ReadAdmission(1, Duration.ofMillis(300));
        admission.permits(Lane.WORDS).acquireUninterruptibly();
        long t0 = System.nanoTime();
        ReadAdmission.OverloadedException e = assertThrows(ReadAdmission.OverloadedException.class,
                () -> admission.call(Lane.WORDS, () -> "answered"));
        assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(290), "it waited its max-wait first");
        assertTrue(e.getMessage().contains("waited 300 ms"), e.getMessage());
        assertEquals(1, e.retryAfterSeconds());
        admission.permits(Lane.WORDS).release();
        assertEquals("answered", admission.call(Lane.WORDS, () -> "answered"), "let in once a turn is free");
    }

    @Test
    void aTurnIsGivenBackWhenTheWorkFails() {
        ReadAdmission admission = new ReadAdmission(1, Duration.ofMillis(100));
        assertThrows(IllegalStateException.class, () -> admission.call(Lane.INDEX, () -> {
            throw new IllegalStateException("the database said no");
        }));
        assertEquals(1, admission.permits(Lane.INDEX).availablePermits());
        assertEquals(42, admission.call(Lane.INDEX, () -> 42));
    }

    @Test
    void theLanesDoNotWaitForEachOther() throws Exception {
        ReadAdmission admission = new ReadAdmission(1, Duration.ofMillis(200));
        admission.permits(Lane.WORDS).acquireUninterruptibly();
        CompletableFuture<String> list = CompletableFuture.supplyAsync(() -> admission.call(Lane.INDEX, () -> "list"),
                threads);
        assertEquals("list", list.get(10, TimeUnit.SECONDS), "a list is answered while the words' lane is full");
        assertThrows(ReadAdmission.OverloadedException.class, () -> admission.call(Lane.WORDS, () -> "words"));
    }

    @Test
    void anInterruptedWaitIsRefusedAndTheInterruptKept() {
        ReadAdmission admission = new ReadAdmission(1, Duration.ofSeconds(30));
        admission.permits(Lane.INDEX).acquireUninterruptibly();
        Thread.currentThread().interrupt();
        try {
            ReadAdmission.OverloadedException e = assertThrows(ReadAdmission.OverloadedException.class,
                    () -> admission.call(Lane.INDEX, () -> "never"));
            assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theLaneComesFromTheWordsAndTheConcurrencyMustBePositive() {
        assertEquals(Lane.INDEX, Lane.of(null));
        assertEquals(Lane.INDEX, Lane.of("  "));
        assertEquals(Lane.WORDS, Lane.of("همکاری"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReadAdmission(0, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("khabar.query.reads.concurrency"), e.getMessage());
    }

    @Test
    void theDefaultIsTwiceTheProcessorsAsFarAsTheConnectionPoolAllows() {
        assertEquals(4, ReadAdmission.defaultConcurrency(2, 20));
        assertEquals(7, ReadAdmission.defaultConcurrency(16, 20), "(20 - 6) / 2: both lanes and the writers get connections");
        assertEquals(16, ReadAdmission.defaultConcurrency(8, 60));
        assertEquals(1, ReadAdmission.defaultConcurrency(4, 5), "a pool too small for the writers still lets one in");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
