package io.khabar.enrich.text;

import java.util.ArrayList;
import java.util.List;

import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.Paragraph;
import io.khabar.enrich.language.LanguageAnalysis;
import io.khabar.enrich.language.LanguageResult;
import io.khabar.enrich.language.LanguageStage;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;

/** Sentences (ICU) and tokens (Lucene's analyser of the article's language) of every kept paragraph. */
public final class TokensStage implements EnrichmentStage<TextUnits> {

    public static final String NAME = "tokens";

    private final Segmenter segmenter = new Segmenter();
    private final Analyzers analyzers = new Analyzers();

    @Override
    public String name() {
        return NAME;
    }


    @Override
    public TextUnits apply(ArticleText article) {
        String text = article.text();
        String language = language(article);
        List<Paragraph> paragraphs = CleaningResult.paragraphsOf(article);
        List<Segmenter.Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        LanguageAnalysis languages = article.result(LanguageStage.NAME, LanguageAnalysis.class);
        for (Paragraph p : paragraphs) {
            // a paragraph in another language than the article's gets that language's segmentation and analyser
            String own = languages == null ? language : languages.languageAt(p.start(), language);
            for (Segmenter.Sentence s : segmenter.sentences(text, p.start(), p.end(), own)) {
                sentences.add(s);
                List<Token> inSentence = analyzers.tokens(text, s.start(), s.end(), own);
                if (!inSentence.isEmpty()) { // a sentence boundary is a gap for phrases
                    Token first = inSentence.get(0);
                    inSentence.set(0, new Token(first.start(), first.end(), first.term(), true));
                }
                tokens.addAll(inSentence);
            }
        }
        return new TextUnits(List.copyOf(sentences), tokens.size(),
                analyzers.supports(language) ? language : "standard", NAME, tokens);
    }

    /** Whether the tokens stage ran on {@code article} and found tokens: what the stages after it need. */
    public static boolean hasTokens(ArticleText article) {
        TextUnits units = article.result(NAME, TextUnits.class);
        return units != null && units.tokenCount() > 0;
    }

    /** The article's language, when it was told; null otherwise. */
    public static String language(ArticleText article) {
        LanguageAnalysis analysis = article.result(LanguageStage.NAME, LanguageAnalysis.class);
        if (analysis == null || LanguageResult.UNDETERMINED.equals(analysis.document().code())) {
            return article.declaredLanguage();
        }
        return analysis.document().code();
    }
}
