package io.khabar.enrich.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Properties of the finder as a whole: lexicon sanity, ordering, offsets, thread safety. */
class FinderPropertiesTest {

    private static final String MIXED = "۹ مرداد ۱۴۰۲ و 31. Juli 2023، روز دوشنبه ساعت ۱۴:۳۰، هفته گذشته و "
        + "July 31, 2023 und gestern; ۱۵ رمضان ۱۴۴۴ و 1402/05/09 و 30 Jahre.";

    @Test
    void noMonthNameMeansTwoMonths() {
        assertEquals(List.of(), new CalendarLexicon().conflicts());
    }

    @Test
    void mentionsAreOrderedNonOverlappingAndPointIntoTheText() {
        List<DateMention> found = Mentions.FINDER.find(MIXED, LocalDate.of(2023, 8, 2));
        assertEquals(8, found.size(), found::toString);
        int end = 0;
        for (DateMention m : found) {
            assertTrue(m.start() >= end, m::toString);
            assertEquals(MIXED.substring(m.start(), m.end()), m.surface());
            end = m.end();
        }
    }

    @Test
    void withoutReferenceNothingRelativeGetsAValue() {
        List<DateMention> found = Mentions.FINDER.find(MIXED + " 19 دی و im März", null);
        assertEquals(10, found.size(), found::toString);
        for (DateMention m : found) {
            boolean yearless = m.surface().equals("19 دی") || m.surface().equals("März");
            if (m.kind().equals("relative") || yearless) {
                assertEquals(null, m.value(), m::toString);
            }
        }
        assertEquals("2023-07-31", Mentions.at(found, MIXED, "۹ مرداد ۱۴۰۲").value());
    }

    @Test
    void emptyAndNullTextHaveNoMentions() {
        assertEquals(List.of(), Mentions.FINDER.find("", null));
        assertEquals(List.of(), Mentions.FINDER.find(null, null));
    }

    @Test
    void longRepetitiveInputNeitherOverflowsNorBacktracks() {
        for (String unit : new String[] {"1.", "1/", "1-", "12:", "+0", "یک و ", "سال ", "اسفند ", "31. ", "\u200c"}) {
            String text = unit.repeat(20_000 / unit.length());
            long start = System.nanoTime();
            Mentions.FINDER.find(text, LocalDate.of(2023, 8, 2));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2_000, () -> "«" + unit + "»×n took " + millis + " ms");
        }
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<DateMention> expected = Mentions.FINDER.find(MIXED, LocalDate.of(2023, 8, 2));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DateMention>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> Mentions.FINDER.find(MIXED, LocalDate.of(2023, 8, 2))));
            }
            for (Future<List<DateMention>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
