package io.khabar.enrich.pipeline;

/**
 * One enrichment stage: a small, stateless step over an article's text whose resources are loaded once at start.
 * Results are value types that carry a confidence and, where they point into the text, character offsets
 * ({@link Span}).
 *
 * @param <R> the stage's result
 */
public interface EnrichmentStage<R> {

    /** Stable name, used in {@link StageReport}s and the payload. */
    String name();

    /**
     * Cheap check whether the stage has anything to work on; a stage that cannot run is reported as skipped. By
     * default: whether the text has anything but white space.
     */
    default boolean canRun(ArticleText article) {
        return !article.text().isBlank();
    }

    /** Runs the stage; an exception marks this stage failed for this article, and the article still flows. */
    R apply(ArticleText article);
}
