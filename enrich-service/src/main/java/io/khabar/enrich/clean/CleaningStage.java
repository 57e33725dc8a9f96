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

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟。…»\"”)]\\s*$");

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
        int firstContent = firstLong(lines, 0, 1);
        int lastContent = firstLong(lines, lines.size() - 1, -1);
        List<Paragraph> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean outside = i < firstContent || i > lastContent;
            Optional<String> reason = reason(line, script, outside);
            if (reason.isEmpty() && outside && isFragment(line) && (i > lastContent || i < firstContent - 2)) {
                // a few words without a sentence's end, before the headline or after the last paragraph: a menu
                // entry or link (the two lines before the report are its headline and byline or date, so they stay)
                reason = Optional.of(i > lastContent ? "trailing-links" : "menu");
            }
            if (reason.isPresent()) {
                removed.add(new Removed(line.start(), line.end(), reason.get(), line.text(), NAME));
            } else {
                kept.add(new Paragraph(line.start(), line.end()));
            }
        }
        return new CleaningResult(List.copyOf(kept), List.copyOf(removed));
    }

    private Optional<String> reason(Line line, int articleScript, boolean outsideReport) {
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
        Optional<String> rule = rules.match(text);
        if (rule.isPresent()) {
            return rule;
        }
        // a few words in another script before or after the report: the site's slogan or name ("Get News Fast")
        if (outsideReport && line.words() <= 6 && articleScript != UScript.COMMON
                && dominantScript(line.text()) != articleScript) {
            return Optional.of("slogan");
        }
        return Optional.empty();
    }

    /** A few words that do not end a sentence. */
    private static boolean isFragment(Line line) {
        return line.words() <= 6 && !SENTENCE_END.matcher(line.text()).find();
    }

    /** Index of the first line, from {@code from} in direction {@code step}, that reads like report prose. */
    private static int firstLong(List<Line> lines, int from, int step) {
        for (int i = from; i >= 0 && i < lines.size(); i += step) {
            if (lines.get(i).words() >= 8) {
                return i;
            }
        }
        return step > 0 ? lines.size() : -1;
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
