package io.khabar.enrich.text;

import java.util.List;

import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.Paragraph;
import io.khabar.enrich.language.LanguageAnalysis;
import io.khabar.enrich.language.LanguageStage;
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
        String text = article.text();
        String language = TokensStage.language(article);
        LanguageAnalysis languages = article.result(LanguageStage.NAME, LanguageAnalysis.class);
        StringBuilder out = new StringBuilder(text.length());
        boolean persian = false;
        for (Paragraph p : CleaningResult.paragraphsOf(article)) {
            // each paragraph by its own language's rules: ZWNJ repair for a Persian paragraph in any article
            String own = languages == null ? language : languages.languageAt(p.start(), language);
            persian |= "fa".equals(own);
            out.append(out.length() > 0 ? "\n" : "").append(MatchNormaliser.normalise(text.substring(p.start(), p.end()),
                    own));
        }
        List<String> rules = persian ? ZwnjRepair.RULES.stream().map(ZwnjRepair.Rule::name).toList() : List.of();
        return new Normalised(out.toString(), language, rules, NAME);
    }
}
