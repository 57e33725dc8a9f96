package io.khabar.enrich.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.CleaningStage;
import io.khabar.enrich.clean.Paragraph;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;
import io.khabar.enrich.text.MatchNormaliser;

/**
 * Headline, lead and credits. The credit patterns are the conventions of news writing in each language (no library
 * knows «به گزارش خبرنگار … ایرنا،» or «Teheran (ParsToday/PressTV) -»), matched on the length-preserving normal
 * form so that offsets point into the text as ingested.
 */
public final class AttributionStage implements EnrichmentStage<AttributionResult> {

    public static final String NAME = "attribution";

    /** «به گزارش خبرنگار دفاعی ایرنا،», «به گزارش خبرگزاری تسنیم از کرج،». */
    private static final Pattern BE_GOZARESH = Pattern.compile("به\\s+گزارش\\s+([^،,:؛.!?؟\\n]{2,80}?)\\s*[،,:؛]");
    /** «منبع : خبرگزاری ایلنا», «Quelle: dpa». */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^[\\s•·*]*(?:منبع|مأخذ|ماخذ|source|quelle|"
            + "источник|المصدر)\\s*[:：]\\s*(\\S[^\\n.!?؟]{0,60}?)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** «Teheran (ParsToday/PressTV) - », «MOSCOW, July 31 (Reuters) -». */
    private static final Pattern DATELINE = Pattern.compile("(?m)^(\\p{L}[\\p{L}\\p{M}.'\\- ]{1,30}?)"
            + "(?:,\\s*([^()\\n]{3,30}?))?\\s*\\(([^()\\n]{2,60})\\)\\s*[-–—]\\s");
    /** «(dpa)», «(AFP)» anywhere. */
    private static final Pattern AGENCY_IN_PARENS = Pattern.compile("\\((dpa|afp|ap|reuters|kna|epd|apa|sda|dts|"
            + "ddp|xinhua|tass|irna|isna|ilna|rtr|efe|ansa)\\)", Pattern.CASE_INSENSITIVE);
    /** «IRNA: …», «ایرنا: …» at the start of a paragraph, when the name is a known outlet. */
    private static final Pattern OUTLET_COLON = Pattern.compile("(?m)^([^:\\n]{2,30}?)\\s*:\\s");
    /** «By Jane Smith», «Von Anna Müller» alone on a line. */
    private static final Pattern BYLINE = Pattern.compile("(?m)^(?iu:by|von|автор:?)\\s+(\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}"
            + "\\p{L}+){1,3})\\s*$");

    private final Outlets outlets;

    public AttributionStage(Outlets outlets) {
        this.outlets = outlets;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canRun(ArticleText article) {
        return article.result(CleaningStage.NAME, CleaningResult.class) != null;
    }

    @Override
    public AttributionResult apply(ArticleText article) {
        String original = article.text();
        String text = MatchNormaliser.sameLength(original);
        List<Paragraph> paragraphs = article.result(CleaningStage.NAME, CleaningResult.class).paragraphs();
        List<Credit> credits = new ArrayList<>();
        List<TextSpan> phrases = new ArrayList<>();
        beGozaresh(text, original, credits, phrases);
        Matcher m = SOURCE_LINE.matcher(text);
        while (m.find()) {
            credits.add(credit(Credit.OUTLET, original, m.start(1), m.end(1), 0.9, "source-line"));
            phrases.add(span(m.start(), m.end(), 0.9));
        }
        datelines(text, original, credits, phrases);
        Matcher agency = AGENCY_IN_PARENS.matcher(text);
        while (agency.find()) {
            int s = agency.start(1);
            int e = agency.end(1);
            if (credits.stream().noneMatch(c -> c.start() <= s && e <= c.end())) {
                credits.add(credit(Credit.OUTLET, original, s, e, 0.85, "agency-in-parentheses"));
                phrases.add(span(agency.start(), agency.end(), 0.85));
            }
        }
        m = OUTLET_COLON.matcher(text);
        while (m.find()) {
            if (outlets.isOutlet(m.group(1))) {
                credits.add(credit(Credit.OUTLET, original, m.start(1), m.end(1), 0.85, "outlet-colon"));
                phrases.add(span(m.start(), m.end(), 0.85));
            }
        }
        m = BYLINE.matcher(text);
        while (m.find()) {
            credits.add(credit(Credit.REPORTER, original, m.start(1), m.end(1), 0.8, "byline"));
            phrases.add(span(m.start(), m.end(), 0.8));
        }
        credits.sort(Comparator.comparingInt(Credit::start));
        phrases.sort(Comparator.comparingInt(TextSpan::start));
        TextSpan headline = headline(article, text, paragraphs);
        TextSpan lead = lead(text, paragraphs, headline);
        return new AttributionResult(headline, lead, List.copyOf(credits), List.copyOf(phrases));
    }

    private void beGozaresh(String text, String original, List<Credit> credits, List<TextSpan> phrases) {
        Matcher m = BE_GOZARESH.matcher(text);
        if (!m.find()) {
            return;
        }
        int start = m.start(1);
        String phrase = m.group(1);
        int quoting = phrase.indexOf(" به نقل از ");
        if (quoting > 0) { // «ایسنا به نقل از رویترز»: the second is the outlet quoted, not a place
            int q = quoting + " به نقل از ".length();
            credits.add(credit(Credit.OUTLET, original, start + q, start + phrase.length(), 0.8, "be-gozaresh"));
            phrase = phrase.substring(0, quoting);
        }
        int from = phrase.lastIndexOf(" از ");
        if (from > 0) { // «… از کرج»: filed from a place
            credits.add(credit(Credit.DATELINE, original, start + from + 4, start + phrase.length(), 0.8, "be-gozaresh"));
            phrase = phrase.substring(0, from);
        }
        int[] known = outlets.lastIn(phrase);
        int outletStart;
        int outletEnd;
        if (known != null) {
            outletStart = known[0];
            outletEnd = known[1];
            if (phrase.startsWith("خبرگزاری ", Math.max(0, outletStart - 9)) && outletStart >= 9) {
                outletStart -= 9; // keep «خبرگزاری» with the name
            }
        } else if (phrase.startsWith("خبرنگار")) {
            outletStart = phrase.lastIndexOf(' ') + 1; // the desk first, the outlet last
            outletEnd = phrase.length();
        } else {
            outletStart = 0;
            outletEnd = phrase.length();
        }
        String before = phrase.substring(0, outletStart).strip();
        if (before.startsWith("خبرنگار") && !before.isEmpty()) {
            credits.add(credit(Credit.REPORTER, original, start, start + before.length(), 0.7, "be-gozaresh"));
        }
        if (outletEnd > outletStart) {
            credits.add(credit(Credit.OUTLET, original, start + outletStart, start + outletEnd,
                    known != null ? 0.95 : 0.7, "be-gozaresh"));
        }
        phrases.add(span(m.start(), m.end(), 0.9));
    }

    private void datelines(String text, String original, List<Credit> credits, List<TextSpan> phrases) {
        Matcher m = DATELINE.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && m.start() > text.length() / 2
                    || !java.util.Arrays.stream(m.group(3).split("[/,;]")).allMatch(outlets::isOutlet)) {
                continue; // «Olaf Scholz (SPD) -», «Organization (WHO) -»: parentheses that name no news outlet
            }
            credits.add(credit(Credit.DATELINE, original, m.start(1), m.end(1), 0.85, "dateline"));
            int at = m.start(3);
            for (String agency : m.group(3).split("[/,;]")) {
                int s = text.indexOf(agency.strip(), at);
                credits.add(credit(Credit.OUTLET, original, s, s + agency.strip().length(), 0.9, "dateline"));
                at = s + agency.strip().length();
            }
            phrases.add(span(m.start(), m.end(), 0.85));
        }
    }

    private static TextSpan headline(ArticleText article, String text, List<Paragraph> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        Paragraph first = paragraphs.get(0);
        String line = text.substring(first.start(), first.end());
        boolean given = article.title() != null && MatchNormaliser.normalise(article.title(), null)
                .equals(MatchNormaliser.normalise(line, null));
        int words = line.split("\\s+").length;
        boolean looksLikeOne = words <= 25 && !line.matches("(?s).*[.!?؟۔。…:؛]\\s*$");
        return given || looksLikeOne ? span(first.start(), first.end(), given ? 0.95 : 0.75) : null;
    }

    private static TextSpan lead(String text, List<Paragraph> paragraphs, TextSpan headline) {
        for (Paragraph p : paragraphs) {
            if (headline != null && p.start() <= headline.start()) {
                continue;
            }
            if (text.substring(p.start(), p.end()).split("\\s+").length >= 8) {
                return span(p.start(), p.end(), 0.8);
            }
        }
        return null;
    }

    private static Credit credit(String role, String text, int start, int end, double confidence, String evidence) {
        return new Credit(role, text.substring(start, end), start, end, confidence, evidence, NAME);
    }

    private static TextSpan span(int start, int end, double confidence) {
        return new TextSpan(start, end, confidence, NAME);
    }
}
