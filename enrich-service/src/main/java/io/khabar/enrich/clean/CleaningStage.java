package io.khabar.enrich.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;
import io.khabar.enrich.text.Line;
import io.khabar.enrich.text.MatchNormaliser;

/**
 * Separates the article from the page chrome around it when it came in as plain text: every line is either kept as a
 * paragraph or removed with a reason. Phrase rules ({@link BoilerplateRules}) and the structural rules here only ever
 * look at short lines, so a sentence of the report is never removed; a long paragraph is always kept.
 */
public final class CleaningStage implements EnrichmentStage<CleaningResult> {

    public static final String NAME = "cleaning";

    /** A label with nothing after it: an empty byline, source or date field. */
    private static final Pattern EMPTY_FIELD = Pattern.compile("^[\\s•·*\\-–|]*(نویسنده|منبع|خبرنگار|عکاس|کد خبر|"
            + "تاریخ انتشار|زمان انتشار|author|source|by|autor|quelle|foto|reporter|автор|источник|الكاتب|المصدر)"
            + "\\s*[:：]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A sum to solve before posting a comment: {@code 2 × 1 =}. */
    private static final Pattern CAPTCHA = Pattern.compile("^\\s*\\d{1,3}\\s*[×x*+\\-−÷]\\s*\\d{1,3}\\s*=\\s*[?_.…]*\\s*$");
    /** A line of bullets, rules or punctuation only. */
    private static final Pattern NO_TEXT = Pattern.compile("^[\\p{P}\\p{S}\\s]*$");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟۔。…»\"”)]\\s*$");

    private final BoilerplateRules rules;
    private final int maxWords;

    /**
     * @param rules    the phrase rules
     * @param maxWords the longest line, in words, that a rule may remove
     */
    public CleaningStage(BoilerplateRules rules, int maxWords) {
        this.rules = rules;
        this.maxWords = maxWords;
    }

    @Override
    public String name() {
        return NAME;
    }


    @Override
    public CleaningResult apply(ArticleText article) {
        List<Line> lines = Line.of(article.text());
        int script = dominantScript(article.text());
        List<Optional<String>> matched = new ArrayList<>(lines.size());
        for (Line line : lines) {
            matched.add(reason(line));
        }
        // the report: from the first to the last line of prose that no rule matched
        int first = lines.size();
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).words() >= 8 && matched.get(i).isEmpty()) {
                first = Math.min(first, i);
                last = i;
            }
        }
        List<Paragraph> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean outside = i < first || i > last;
            Optional<String> reason = matched.get(i);
            if (reason.isPresent() && !outside && !STRUCTURAL.contains(reason.get()) && endsLikeASentence(line)) {
                reason = Optional.empty(); // an article sentence that happens to contain a phrase
            }
            if (reason.isEmpty() && last >= 0) {
                reason = surroundings(line, i, first, last, lines.size(), script);
            }
            if (reason.isPresent()) {
                removed.add(new Removed(line.start(), line.end(), reason.get(), line.text(), NAME));
            } else {
                kept.add(new Paragraph(line.start(), line.end()));
            }
        }
        return new CleaningResult(List.copyOf(kept), List.copyOf(removed));
    }

    /** Reasons whose rule looks at the line's form, not its words, and never hits prose. */
    private static final java.util.Set<String> STRUCTURAL = java.util.Set.of("no-text", "captcha", "empty-field");

    /** What a line's own content says it is, if chrome. */
    private Optional<String> reason(Line line) {
        if (line.words() > maxWords) {
            return Optional.empty();
        }
        String text = MatchNormaliser.sameLength(line.text());
        if (NO_TEXT.matcher(text).matches()) {
            return Optional.of("no-text");
        }
        if (CAPTCHA.matcher(text).matches()) {
            return Optional.of("captcha");
        }
        if (EMPTY_FIELD.matcher(text).matches()) {
            return Optional.of("empty-field");
        }
        return rules.match(text);
    }

    /**
     * What a line is by where it stands: a word or three without a sentence's end in a run before the headline (a
     * menu) or after the last paragraph (links); a few words in another script as the first or last two lines (the
     * site's slogan, «Get News Fast»). The two lines just before the report are its headline and byline or date, and
     * stay. Only when the text has a report at all.
     */
    private static Optional<String> surroundings(Line line, int i, int first, int last, int count, int script) {
        boolean fragment = !endsLikeASentence(line);
        if (fragment && line.words() <= 4 && (i <= 1 || i >= count - 2) && script != UScript.COMMON
                && dominantScript(line.text()) != script) {
            return Optional.of("slogan");
        }
        if (fragment && line.words() <= 3) {
            if (i > last) {
                return Optional.of("trailing-links");
            }
            if (i < first - 2) {
                return Optional.of("menu");
            }
        }
        return Optional.empty();
    }

    private static boolean endsLikeASentence(Line line) {
        return SENTENCE_END.matcher(line.text()).find();
    }


    /**
     * The script most of the first 2,000 letters of {@code text} are written in ({@link UScript#COMMON} when there
     * are none); Arabic, Latin and Cyrillic by their blocks, the rest by ICU.
     */
    static int dominantScript(String text) {
        int arabic = 0;
        int latin = 0;
        int cyrillic = 0;
        int other = 0;
        for (int i = 0, seen = 0; i < text.length() && seen < 2000; i++) {
            char c = text.charAt(i);
            if (c < 'A' || !Character.isLetter(c)) {
                continue;
            }
            seen++;
            if (c <= 'z' || c >= '\u00C0' && c <= '\u024F') {
                latin++;
            } else if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFF') {
                arabic++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
            } else {
                switch (UScript.getScript(c)) {
                    case UScript.ARABIC -> arabic++;
                    case UScript.LATIN -> latin++;
                    case UScript.CYRILLIC -> cyrillic++;
                    default -> other++;
                }
            }
        }
        int max = Math.max(Math.max(arabic, latin), Math.max(cyrillic, other));
        if (max == 0) {
            return UScript.COMMON;
        }
        return max == arabic ? UScript.ARABIC : max == latin ? UScript.LATIN : max == cyrillic ? UScript.CYRILLIC
                : UScript.UNKNOWN;
    }
}
