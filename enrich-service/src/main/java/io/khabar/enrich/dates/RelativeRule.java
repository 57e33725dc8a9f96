package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.TrieRegex.LB;
import static io.khabar.enrich.dates.TrieRegex.NRB;
import static io.khabar.enrich.dates.TrieRegex.RB;
import static io.khabar.enrich.dates.TrieRegex.SEP;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.khabar.enrich.dates.RelativePhrases.Meaning;
import io.khabar.enrich.dates.Resolver.Unit;

/**
 * Relative expressions: the fixed phrases of {@link RelativePhrases} ("gestern", "هفته گذشته", "سال جاری
 * میلادی") and counted ones ("۳ روز پیش", "vor 30 Jahren", "il y a deux ans", "10 روز بعد"). Values need the
 * reference; a count from an unknown anchor ("10 روز بعد", "three days later") never gets one.
 */
final class RelativeRule implements Rule {

    /** Units a count may take, in every language. */
    private static final Words<Unit> UNITS = new Words<Unit>()
        .putAll(Unit.DAY, "روز", "day", "days", "tag", "tagen", "день", "дня", "дней", "jour", "jours", "يوم",
            "يوما", "أيام")
        .putAll(Unit.WEEK, "هفته", "week", "weeks", "woche", "wochen", "неделю", "недели", "недель", "semaine",
            "semaines", "أسبوع", "أسابيع")
        .putAll(Unit.MONTH, "ماه", "month", "months", "monat", "monaten", "месяц", "месяца", "месяцев", "mois",
            "شهر", "أشهر", "شهور")
        .putAll(Unit.YEAR, "سال", "year", "years", "jahr", "jahren", "год", "года", "лет", "an", "ans", "année",
            "années", "عام", "أعوام", "سنة", "سنوات");
    /** After a count: past (-1), future from now (+1), or after an unknown anchor (0: no value). */
    private static final Words<Integer> AFTER = new Words<Integer>()
        .putAll(-1, "پیش", "قبل", "ago", "назад")
        .putAll(1, "دیگر", "from now")
        .putAll(0, "بعد", "later", "спустя");
    /** Before a count (German, French, Arabic): always the past. */
    private static final String BEFORE = Words.rx("vor", "il y a", "قبل", "منذ");
    /** Small counts in words (Persian ones go through {@link PersianNumberWords}). */
    private static final Words<Integer> COUNTS = new Words<Integer>()
        .put("a", 1).put("an", 1).put("one", 1).put("two", 2).put("three", 3).put("four", 4).put("five", 5)
        .put("six", 6).put("ten", 10).put("einem", 1).put("einer", 1).put("zwei", 2).put("drei", 3).put("vier", 4)
        .put("fünf", 5).put("zehn", 10).put("un", 1).put("une", 1).put("deux", 2).put("trois", 3).put("cinq", 5)
        .put("dix", 10).put("один", 1).put("одну", 1).put("два", 2).put("две", 2).put("три", 3).put("пять", 5);
    private static final String COUNT = "(?:(?<n>\\p{Nd}{1,4})" + NRB + "|(?<nw>" + COUNTS.regex() + "|"
        + PersianNumberWords.NUMBER_REGEX + ")" + RB + ")";

    /** "یک روز پیش از دیدار", "سال قبل از انقلاب": before an event, not before the reference. */
    private static final String NOT_BEFORE_AN_EVENT = "(?!" + SEP + "از" + RB + ")";

    private static final Pattern PHRASE = Pattern.compile(LB + "(?<p>" + RelativePhrases.PHRASES.regex() + ")" + RB
        + "(?<from>" + SEP + "از" + RB + ")?(?:" + SEP + "(?<era>" + Words.rx("میلادی", "شمسی") + ")" + RB + ")?");
    /** "3 days ago", "۳ روز پیش" (count, unit, after-word) or "vor 3 Tagen", "il y a 3 jours" (before-word first). */
    private static final Pattern COUNTED = Pattern.compile(LB + "(?:" + COUNT + SEP + "(?<u>" + UNITS.regex() + ")"
        + SEP + "(?<after>" + AFTER.regex() + ")" + RB + NOT_BEFORE_AN_EVENT + "|(?<before>" + BEFORE + ")" + SEP
        + COUNT.replace("<n>", "<n2>").replace("<nw>", "<nw2>") + SEP + "(?<u2>" + UNITS.regex() + "))" + RB);

    private static final PrefixTrie PHRASE_ANCHORS = RelativePhrases.PHRASES.anchors();
    private static final PrefixTrie COUNT_ANCHORS = Words.anchors(UNITS, Words.of("vor", "il y a", "قبل", "منذ"));

    private final Resolver resolver;

    RelativeRule(Resolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        for (MatchCursor c = scan.cursor(PHRASE, PHRASE_ANCHORS, 0); c.find(); ) {
            Matcher m = c.matcher();
            Meaning meaning = RelativePhrases.PHRASES.get(m.group("p"));
            if (meaning == null || !plausible(scan, m) || m.group("from") != null && beforeOrAfter(m.group("p"))) {
                continue;
            }
            String cal = meaning.calendar();
            int end = m.end("p");
            boolean yearOrMonth = meaning.unit() == Unit.YEAR || meaning.unit() == Unit.MONTH;
            if (m.group("from") == null && m.group("era") != null && yearOrMonth) {
                cal = m.group("era").equals("میلادی") ? Candidate.GREGORIAN : Candidate.PERSIAN;
                end = m.end();
            }
            add(scan, m.start(), end, meaning.unit(), meaning.offset(), cal, meaning.confidence(), out);
        }
        for (MatchCursor c = scan.cursor(COUNTED, COUNT_ANCHORS, 6); c.find(); ) {
            Matcher m = c.matcher();
            boolean before = m.group("before") != null;
            int n = count(before ? m.group("n2") : m.group("n"), before ? m.group("nw2") : m.group("nw"));
            Unit unit = UNITS.get(before ? m.group("u2") : m.group("u"));
            if (n <= 0 || unit == null) {
                continue;
            }
            int direction = before ? -1 : AFTER.get(m.group("after"));
            String unitWord = before ? m.group("u2") : m.group("u");
            String cal = (unit == Unit.YEAR || unit == Unit.MONTH) && unitWord.charAt(0) >= '\u0600'
                && !before ? Candidate.PERSIAN : Candidate.NONE;
            if (direction == 0) {
                out.add(Candidate.relative(m.start(), m.end(), Candidate.NONE, Resolver.granularity(unit), null,
                    0.6));
            } else {
                add(scan, m.start(), m.end(), unit, direction * n, cal, 0.85, out);
            }
        }
    }

    private void add(Scan scan, int start, int end, Unit unit, int offset, String cal, double confidence,
                     List<Candidate> out) {
        String value = scan.reference == null ? null : resolver.shift(unit, offset, cal, scan.reference);
        out.add(Candidate.relative(start, end, cal, Resolver.granularity(unit), value, confidence));
    }

    /**
     * Words that are dates only sometimes: French "hier" is German "here"; German "Morgen" capitalised mid-sentence
     * is "morning"; Arabic "اليوم" before an adjective is "the day" ("اليوم التالي").
     */
    private static boolean plausible(Scan scan, Matcher m) {
        String word = m.group("p");
        if (word.equals("hier")) {
            return scan.looksFrench();
        }
        if (word.equals("morgen")) {
            return Character.isLowerCase(scan.text.charAt(m.start())) || scan.sentenceStart(m.start());
        }
        return !word.equals(ARABIC_TODAY) || !DAY_ADJECTIVES.contains(scan.wordAfter(m.end()));
    }

    private static final String ARABIC_TODAY = TextFolding.fold("اليوم");

    /** "سال قبل از انقلاب": a phrase ending in before/after + "از" is anchored on an event, not on today. */
    private static boolean beforeOrAfter(String phrase) {
        return phrase.endsWith("پیش") || phrase.endsWith("قبل") || phrase.endsWith("بعد");
    }

    private static final Words<Boolean> DAY_ADJECTIVES = Words.of("التالي", "الأول", "الثاني", "الثالث",
        "الأخير", "الوطني", "العالمي", "الدولي", "نفسه", "السابق", "ذاته");

    private static int count(String digits, String words) {
        if (digits != null) {
            return Digits.parse(digits);
        }
        Integer n = COUNTS.get(words);
        return n != null ? n : PersianNumberWords.value(words);
    }
}
