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
    private final EnrichConfig.Language config;

    public LanguageStage(EnrichConfig.Language config) {
        this.config = config;
        Language[] languages = config.languages().stream().map(LanguageStage::language).toArray(Language[]::new);
        this.detector = LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels().build();
        // Lingua's low-accuracy mode reads trigrams only: about ten times faster on short text, and, for a
        // paragraph, as good; both detectors share Lingua's model cache
        this.fast = LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels()
                .withLowAccuracyMode().build();
    }

    private static Language language(String name) {
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
            LanguageResult result = best(detector.computeLanguageConfidenceValues(text.substring(p.start(), p.end())));
            return new LanguageAnalysis(result, false, List.of(new ParagraphLanguage(p.start(), p.end(), result, NAME)));
        }
        Map<Language, Double> weighted = new EnumMap<>(Language.class);
        Map<String, Integer> lettersByCode = new HashMap<>();
        List<ParagraphLanguage> found = new ArrayList<>();
        int total = 0;
        for (Paragraph p : paragraphs) {
            int letters = letters(text, p.start(), p.end());
            Map<Language, Double> values = fast.computeLanguageConfidenceValues(
                    text.substring(p.start(), Math.min(p.end(), p.start() + config.maxChars())));
            LanguageResult result = best(values);
            found.add(new ParagraphLanguage(p.start(), p.end(), result, NAME));
            values.forEach((l, v) -> weighted.merge(l, v * letters, Double::sum));
            lettersByCode.merge(result.code(), letters, Integer::sum);
            total += letters;
        }
        int sum = total;
        weighted.replaceAll((l, v) -> v / sum);
        LanguageResult best = best(weighted);
        boolean mixed = lettersByCode.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(best.code()) && e.getValue() > sum / 4);
        LanguageResult document = mixed ? new LanguageResult(best.code(), best.confidence(), false, best.runnerUp(),
                best.runnerUpConfidence()) : best;
        return new LanguageAnalysis(document, mixed, List.copyOf(found));
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

    private static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
