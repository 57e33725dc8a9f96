package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.TrieRegex.LB;
import static io.khabar.enrich.dates.TrieRegex.NLB;
import static io.khabar.enrich.dates.TrieRegex.NRB;
import static io.khabar.enrich.dates.TrieRegex.OSEP;
import static io.khabar.enrich.dates.TrieRegex.RB;
import static io.khabar.enrich.dates.TrieRegex.SEP;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times: "14:30", "ساعت ۱۴:۳۰", "ساعت ۱۰ صبح", "14.30 Uhr", "14 Uhr", "14h30", "2:30 p.m.". A bare "2:1" is
 * a score and "1:50000" a scale, so minutes must have two digits and the number must stand alone.
 */
final class TimeRule implements Rule {

    /** Part-of-day words after a time, and whether they move the hour to the afternoon/evening. */
    private enum Part { AM, PM, NOON, NIGHT }

    private static final Words<Part> PARTS = new Words<Part>()
        .putAll(Part.AM, "a.m.", "a. m.", "am", "صبح", "بامداد", "ق.ظ", "صباحا", "صباحاً", "утра")
        .putAll(Part.PM, "p.m.", "p. m.", "pm", "بعد از ظهر", "بعدازظهر", "عصر", "ب.ظ", "مساء", "مساءً", "дня",
            "вечера")
        .putAll(Part.NOON, "ظهر")
        .putAll(Part.NIGHT, "شب");

    private static final String HOUR_NOUN = Words.rx("ساعت", "الساعة");
    private static final String PART = "(?:" + OSEP + "(?<part>" + PARTS.regex() + ")(?![\\p{L}\\p{Nd}]))?";
    /** hh:mm with an optional "ساعت" before and "Uhr"/"h"/a part of day after. */
    private static final Pattern COLON = Pattern.compile("(?:" + LB + "(?<noun>" + HOUR_NOUN + ")" + OSEP + ")?"
        + NLB + "(?<h>\\p{Nd}{1,2}):(?<mi>\\p{Nd}{2})(?::\\p{Nd}{2})?" + NRB
        + "(?:(?<uhr>" + OSEP + "(?:uhr|h)" + RB + ")|" + PART + ")");
    /** "14.30 Uhr", "14 Uhr", "14h30", "ساعت ۱۰ صبح", "ساعت ۱۰ و ۳۰ دقیقه", "2 p.m.". */
    private static final Pattern OTHER = Pattern.compile(NLB + "(?:(?<h1>\\p{Nd}{1,2})(?:\\.(?<m1>\\p{Nd}{2}))? ?uhr"
        + RB + "|(?<h2>\\p{Nd}{1,2})h(?<m2>\\p{Nd}{2})" + NRB + "|(?<h3>\\p{Nd}{1,2}) ?(?<ap>[ap]\\. ?m\\.|pm)"
        + "(?![\\p{L}\\p{Nd}]))|" + LB + "(?<noun>" + HOUR_NOUN + ")" + SEP + "(?<h4>\\p{Nd}{1,2})" + NRB + "(?:" + SEP
        + "و" + SEP + "(?<m4>\\p{Nd}{1,2})" + SEP + "دقیقه" + RB + ")?" + PART);

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        for (MatchCursor c = scan.cursor(COLON, scan::digitToken, 1); c.find(); ) {
            Matcher m = c.matcher();
            int h = Digits.parse(m.group("h"));
            int end = m.end();
            Part part = PARTS.get(m.group("part"));
            if (part == Part.AM && h > 12) {
                part = null; // "14:30 am Montag": German "am", not a.m.
                end = m.end("mi");
            }
            add(m.start(), end, h, Digits.parse(m.group("mi")), part, m.group("noun") != null || m.group("uhr")
                != null ? 0.9 : 0.8, out);
        }
        for (MatchCursor c = scan.cursor(OTHER, scan::digitToken, 1); c.find(); ) {
            Matcher m = c.matcher();
            Part part = PARTS.get(m.group("part"));
            if (m.group("h1") != null) {
                add(m.start(), m.end(), Digits.parse(m.group("h1")), minutes(m.group("m1")), null, 0.9, out);
            } else if (m.group("h2") != null) {
                add(m.start(), m.end(), Digits.parse(m.group("h2")), minutes(m.group("m2")), null, 0.85, out);
            } else if (m.group("h3") != null) {
                add(m.start(), m.end(), Digits.parse(m.group("h3")), 0, PARTS.get(m.group("ap")), 0.85, out);
            } else {
                add(m.start(), m.end(), Digits.parse(m.group("h4")), minutes(m.group("m4")), part, 0.8, out);
            }
        }
    }

    private static int minutes(String group) {
        return group == null ? 0 : Digits.parse(group);
    }

    private static void add(int start, int end, int h, int mi, Part part, double confidence, List<Candidate> out) {
        if (part == Part.PM && h < 12 || part == Part.NOON && h < 6 || part == Part.NIGHT && h >= 6 && h < 12) {
            h += 12;
        } else if (part == Part.AM && h == 12) {
            h = 0;
        }
        if (h > 23 || mi > 59 || part != null && h > 24) {
            return;
        }
        out.add(Candidate.absolute(start, end, Candidate.NONE, "time", String.format("%02d:%02d", h, mi),
            confidence));
    }
}
