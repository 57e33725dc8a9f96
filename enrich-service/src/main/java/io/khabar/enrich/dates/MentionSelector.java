package io.khabar.enrich.dates;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settles overlaps (the longest candidate wins; on equal length a veto beats a date, a date beats a blocker,
 * then the more confident and the earlier one wins), drops blockers, and joins a day and a clock time written
 * next to each other ("31.07.2023 14:30", "ساعت ۱۰ صبح روز دوشنبه", "gestern um 14 Uhr") into one datetime.
 */
final class MentionSelector {

    private static final Comparator<Candidate> PRIORITY = Comparator.comparingInt((Candidate c) -> -c.length())
        .thenComparingInt(Candidate::rank)
        .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())
        .thenComparingInt(Candidate::start);
    /** What may stand between a day and its time. */
    private static final Pattern JOINT = Pattern.compile("[ ,\\u060c\\u200c]*(?:(?:um|at|à|в|on|am|le|,|-|–)"
        + "[ ,\\u060c]*)?");

    private MentionSelector() {
    }

    static List<DateMention> select(Scan scan, List<Candidate> candidates) {
        candidates.sort(PRIORITY);
        BitSet taken = new BitSet(scan.text.length());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            int next = taken.nextSetBit(c.start());
            if (next < 0 || next >= c.end()) {
                taken.set(c.start(), c.end());
                if (!c.blocker()) {
                    kept.add(c);
                }
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        List<DateMention> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            if (i + 1 < kept.size()) {
                Candidate joined = join(scan, c, kept.get(i + 1));
                if (joined != null) {
                    c = joined;
                    i++;
                }
            }
            out.add(new DateMention(c.start(), c.end(), scan.text.substring(c.start(), c.end()), c.calendar(),
                c.kind(), c.granularity(), c.value(), Math.round(c.confidence() * 100) / 100.0));
        }
        return out;
    }

    /** A day followed or preceded by a time, with nothing but {@link #JOINT} between, or {@code null}. */
    private static Candidate join(Scan scan, Candidate a, Candidate b) {
        Candidate day;
        Candidate time;
        if ("day".equals(a.granularity()) && "time".equals(b.granularity())) {
            day = a;
            time = b;
        } else if ("time".equals(a.granularity()) && "day".equals(b.granularity())) {
            day = b;
            time = a;
        } else {
            return null;
        }
        if (!JOINT.matcher(scan.folded.subSequence(a.end(), b.start())).matches()) {
            return null;
        }
        String value = day.value() != null && time.value() != null ? day.value() + "T" + time.value() : null;
        return new Candidate(a.start(), b.end(), day.calendar(), day.kind(), "datetime", value,
            Math.min(day.confidence(), time.confidence()), false);
    }
}
