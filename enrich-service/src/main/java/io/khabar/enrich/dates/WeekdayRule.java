package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.TrieRegex.EZAFE;
import static io.khabar.enrich.dates.TrieRegex.LB;
import static io.khabar.enrich.dates.TrieRegex.RB;
import static io.khabar.enrich.dates.TrieRegex.SEP;

import java.time.DayOfWeek;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays: "Monday", "am Montag" (span "Montag"), "روز دوشنبه", "دوشنبه", "в понедельник", "يوم الاثنين",
 * "lundi", with "last/next" on either side ("letzten Montag", "دوشنبه گذشته", "الاثنين الماضي", "lundi
 * prochain"), "امروز سه‌شنبه", and a part of the day ("پنجشنبه شب", "Monday morning"). Resolved per
 * {@link Resolver#weekday}.
 */
final class WeekdayRule implements Rule {

    private static final Words<Integer> BEFORE = new Words<Integer>()
        .putAll(-1, "last", "letzten", "letzter", "vergangenen", "прошлый", "прошлую", "прошлое", "прошлой")
        .putAll(0, "this", "diesen", "dieser", "этот", "эту", "это", "این", "همین", "ce")
        .putAll(1, "next", "coming", "nächsten", "kommenden", "следующий", "следующую", "следующее");
    private static final Words<Integer> AFTER = new Words<Integer>()
        .putAll(-1, "گذشته", "پیش", "قبل", "الماضي", "المنصرم", "dernier")
        .putAll(1, "آینده", "بعد", "المقبل", "القادم", "prochain");
    private static final String NOUN = Words.rx("روز", "يوم");
    private static final String TODAY = Words.rx("امروز", "today", "heute", "اليوم", "сегодня", "aujourd'hui");
    private static final String PART = Words.rx("شب", "صبح", "عصر", "ظهر", "بعد از ظهر", "بعدازظهر", "morning",
        "afternoon", "evening", "night", "morgen", "abend", "утром", "вечером");

    private final CalendarLexicon lexicon;
    private final Pattern pattern;
    private final PrefixTrie anchors;

    WeekdayRule(CalendarLexicon lexicon) {
        this.lexicon = lexicon;
        this.anchors = lexicon.weekdayAnchors();
        pattern = Pattern.compile(LB + "(?:(?<noun>" + NOUN + ")" + EZAFE + SEP + ")?(?:(?<today>" + TODAY + ")"
            + "[ ,\\u060c]{1,3})?(?:(?<before>" + BEFORE.regex() + ")" + SEP + ")?(?<wd>" + lexicon.weekdayRegex()
            + ")" + EZAFE + RB + "(?:" + SEP + "(?<after>" + AFTER.regex() + ")" + RB + ")?(?:" + SEP + "(?:" + PART
            + ")" + RB + ")?");
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        for (MatchCursor c = scan.cursor(pattern, anchors, 4); c.find(); ) {
            Matcher m = c.matcher();
            DayOfWeek day = lexicon.weekday(m.group("wd"));
            if (day == null) {
                continue;
            }
            Integer before = BEFORE.get(m.group("before"));
            Integer after = AFTER.get(m.group("after"));
            int direction = before != null ? before : after != null ? after : 0;
            String value = scan.reference == null ? null
                : Resolver.weekday(day, direction, scan.reference).toString();
            double confidence = m.group("today") != null ? 0.85 : m.group("noun") != null ? 0.8 : 0.7;
            out.add(Candidate.relative(m.start(), m.end(), Candidate.NONE, "day", value, confidence));
        }
    }
}
