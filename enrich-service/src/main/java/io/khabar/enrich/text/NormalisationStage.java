package io.khabar.enrich.text;

import java.util.List;

import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.CleaningStage;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;

/** The normalised form of the cleaned text (of the whole text when cleaning did not run). */
public final class NormalisationStage implements EnrichmentStage<Normalised> {

    public static final String NAME = "normalisation";

    @Override
    public String name() {
        return NAME;
    }


    @Override
    public Normalised apply(ArticleText article) {
        CleaningResult cleaning = article.result(CleaningStage.NAME, CleaningResult.class);
        String clean = cleaning != null ? cleaning.cleanText(article.text()) : article.text();
        String language = TokensStage.language(article);
        List<String> rules = "fa".equals(language) ? ZwnjRepair.RULES.stream().map(ZwnjRepair.Rule::name).toList()
                : List.of();
        return new Normalised(MatchNormaliser.normalise(clean, language), language, rules, NAME);
    }
}
