package io.khabar.enrich.pipeline;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.khabar.enrich.config.EnrichConfig;
import io.quarkus.runtime.Startup;

/** Language of the whole text, by Lingua with its models loaded at start. */
@Startup
@ApplicationScoped
public class LanguageStage implements EnrichmentStage<LanguageResult> {

    private final LanguageDetector detector;
    private final EnrichConfig.Language config;

    @Inject
    public LanguageStage(EnrichConfig config) {
        this.config = config.language();
        Language[] languages = this.config.languages().stream()
                .map(LanguageStage::language).toArray(Language[]::new);
        this.detector = LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels().build();
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
        return "language";
    }

    @Override
    public boolean canRun(ArticleText article) {
        return article.text().codePoints().anyMatch(Character::isLetter);
    }

    @Override
    public LanguageResult apply(ArticleText article) {
        String text = article.text();
        if (text.length() > config.maxChars()) {
            text = text.substring(0, config.maxChars());
        }
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
        Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().stream()
                .sorted(Map.Entry.<Language, Double>comparingByValue().reversed()).iterator();
        if (!ranked.hasNext()) {
            return LanguageResult.undetermined();
        }
        Map.Entry<Language, Double> best = ranked.next();
        Map.Entry<Language, Double> second = ranked.hasNext() ? ranked.next() : null;
        if (best.getValue() <= 0.0) {
            return LanguageResult.undetermined();
        }
        double margin = best.getValue() - (second == null ? 0.0 : second.getValue());
        return new LanguageResult(code(best.getKey()), round(best.getValue()), margin >= config.minMargin(),
                second == null ? null : code(second.getKey()), second == null ? null : round(second.getValue()));
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
