package io.khabar.enrich.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.Paragraph;
import io.khabar.enrich.config.EnrichConfig;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;

/**
 * Language of each paragraph and of the whole article, by Lingua with its models loaded at construction. A text too
 * short to tell, or one the detector cannot place, is {@code und}; a close call is reported as not reliable.
 */
public final class LanguageStage implements EnrichmentStage<LanguageAnalysis> {

    public static final String NAME = "language";

    private final LanguageDetector detector;
    private final LanguageDetector fast;
    private final StopWordProfiles stopWords = new StopWordProfiles();
    private final Map<String, Language> byCode = new HashMap<>();
    private final EnrichConfig.Language config;

    public LanguageStage(EnrichConfig.Language config) {
        this.config = config;
        Language[] languages = config.languages().stream().map(LanguageStage::named).toArray(Language[]::new);
        this.detector = LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels().build();
        for (Language l : languages) {
            byCode.put(code(l), l);
        }
        // Lingua's low-accuracy mode reads trigrams only: about ten times faster on short text, and, for a
        // paragraph, as good; both detectors share Lingua's model cache
        this.fast = LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels()
                .withLowAccuracyMode().build();
    }

    private static Language named(String name) {
        try {
            return Language.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("khabar.enrich.language.languages: '" + name
                    + "' is not a language Lingua knows; see com.github.pemistahl.lingua.api.Language", e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canRun(ArticleText article) {
        return article.text().codePoints().anyMatch(Character::isLetter);
    }

    @Override
    public LanguageAnalysis apply(ArticleText article) {
        String text = article.text();
        List<Paragraph> paragraphs = CleaningResult.paragraphsOf(article).stream()
                .filter(p -> letters(text, p.start(), p.end()) >= config.minLetters()).toList();
        if (paragraphs.isEmpty()) {
            return new LanguageAnalysis(LanguageResult.undetermined(), false, List.of());
        }
        if (paragraphs.size() == 1 && paragraphs.get(0).end() - paragraphs.get(0).start() <= config.shortText()) {
            // a sentence or two: every model Lingua has, which is what tells short texts apart
            Paragraph p = paragraphs.get(0);
            String only = text.substring(p.start(), p.end());
            LanguageResult result = checked(only, detector.computeLanguageConfidenceValues(only));
            return new LanguageAnalysis(result, false, List.of(new ParagraphLanguage(p.start(), p.end(), result, NAME)));
        }
        Map<Language, Double> weighted = new EnumMap<>(Language.class);
        Map<String, Integer> lettersByCode = new HashMap<>();
        List<ParagraphLanguage> found = new ArrayList<>();
        int total = 0;
        String leadingSoFar = null;
        for (Paragraph p : paragraphs) {
            int letters = letters(text, p.start(), p.end());
            String sample = text.substring(p.start(), Math.min(p.end(), p.start() + config.maxChars()));
            LanguageResult result;
            Map<Language, Double> values;
            StopWordProfiles.Verdict verdict = leadingSoFar == null ? null
                    : stopWords.confirm(text.substring(p.start(), p.end()), leadingSoFar, 4);
            if (verdict != null) {
                // clearly the language of the paragraphs before it by its function words: no model needed
                result = new LanguageResult(verdict.language(), round(1.0 - verdict.runnerUpShare()), true,
                        verdict.runnerUp(), verdict.runnerUp() == null ? null : round(verdict.runnerUpShare()));
                values = Map.of(language(verdict.language()), 1.0);
            } else {
                values = fast.computeLanguageConfidenceValues(sample);
                result = checked(sample, values);
                if (LanguageResult.UNDETERMINED.equals(result.code())) {
                    values = Map.of(); // an unknown language weighs for none of the known ones
                }
            }
            if (result.reliable() && stopWords.knows(result.code())) {
                leadingSoFar = leadingSoFar == null ? result.code() : leadingSoFar;
            }
            found.add(new ParagraphLanguage(p.start(), p.end(), result, NAME));
            values.forEach((l, v) -> weighted.merge(l, v * letters, Double::sum));
            lettersByCode.merge(result.code(), letters, Integer::sum);
            total += letters;
        }
        int sum = total;
        weighted.replaceAll((l, v) -> v / sum);
        LanguageResult best = best(weighted);
        int undetermined = lettersByCode.getOrDefault(LanguageResult.UNDETERMINED, 0);
        if (undetermined * 2 > sum) { // most of the text is in a language the detector does not know
            best = new LanguageResult(LanguageResult.UNDETERMINED, 0.0, false, best.code(), best.confidence());
        }
        String leading = best.code();
        boolean mixed = lettersByCode.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(leading) && e.getValue() > sum / 4);
        LanguageResult document = mixed ? new LanguageResult(best.code(), best.confidence(), false, best.runnerUp(),
                best.runnerUpConfidence()) : best;
        return new LanguageAnalysis(document, mixed, List.copyOf(found));
    }

    /**
     * Arabic-script letters that Persian, Arabic and Urdu do not use but Kurdish, Pashto, Uyghur, Sindhi and others
     * do (ە ڕ ڵ ۆ ێ ښ ځ څ ډ ړ ږ ګ ڼ ۍ ې ۇ ۋ ڭ …). Lingua knows none of those languages and would call such a text
     * Arabic or Persian with full confidence; a paragraph with more than a few of them is reported as undetermined.
     */
    private static boolean outsideTheDetectorsScripts(String text) {
        int letters = 0;
        int foreign = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u0600' || c > '\u06FF' || !Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (c >= '\u0671' && c <= '\u06D3' && "\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06C2\u06C3\u06D2\u06D3\u0671".indexOf(c) < 0
                    || c == '\u06D5') {
                foreign++;
            }
        }
        return letters > 0 && foreign * 50 > letters; // more than 2%
    }

    private LanguageResult checked(String text, Map<Language, Double> values) {
        LanguageResult r = best(values);
        if (outsideTheDetectorsScripts(text)) {
            return new LanguageResult(LanguageResult.UNDETERMINED, 0.0, false, r.code(), r.confidence());
        }
        return r;
    }

    private LanguageResult best(Map<Language, Double> values) {
        Map.Entry<Language, Double> first = null;
        Map.Entry<Language, Double> second = null;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (first == null || e.getValue() > first.getValue()) {
                second = first;
                first = e;
            } else if (second == null || e.getValue() > second.getValue()) {
                second = e;
            }
        }
        if (first == null || first.getValue() <= 0.0) {
            return LanguageResult.undetermined();
        }
        double margin = first.getValue() - (second == null ? 0.0 : second.getValue());
        return new LanguageResult(code(first.getKey()), round(first.getValue()), margin >= config.minMargin(),
                second == null ? null : code(second.getKey()), second == null ? null : round(second.getValue()));
    }

    private static int letters(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private Language language(String code) {
        return byCode.get(code);
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
