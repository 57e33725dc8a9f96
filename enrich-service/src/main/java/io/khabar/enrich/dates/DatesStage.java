package io.khabar.enrich.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.khabar.enrich.attribution.AttributionResult;
import io.khabar.enrich.attribution.AttributionStage;
import io.khabar.enrich.attribution.TextSpan;
import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.CleaningStage;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;

/**
 * Every date and time expression ({@link DateFinder}) and the article's publication date. Relative expressions are
 * resolved against the publication date only when it is known (supplied, from the page, or a full date in the
 * headline or lead); never against the time of ingestion. Removed boilerplate and attribution phrases give no date.
 */
public final class DatesStage implements EnrichmentStage<DatesResult> {

    public static final String NAME = "dates";

    private final DateFinder finder;

    public DatesStage(DateFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return NAME;
    }


    @Override
    public DatesResult apply(ArticleText article) {
        String text = article.text();
        CleaningResult cleaning = article.result(CleaningStage.NAME, CleaningResult.class);
        AttributionResult attribution = article.result(AttributionStage.NAME, AttributionResult.class);
        PublicationDate publication;
        LocalDate reference;
        if (article.publishedAt() != null) {
            publication = new PublicationDate(article.publishedAt().toString(),
                    article.publishedFromPage() ? PublicationDate.PAGE : PublicationDate.SUPPLIED, null, null, NAME);
            reference = LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC);
        } else {
            publication = null;
            reference = null;
        }
        List<DateMention> mentions = kept(finder.find(text, reference), cleaning, attribution);
        if (publication == null) {
            DateMention fromText = fromText(mentions, attribution, article.receivedAt());
            if (fromText != null) {
                publication = new PublicationDate(fromText.value(), PublicationDate.TEXT, fromText.start(),
                        fromText.end(), NAME);
                mentions = kept(finder.find(text, LocalDate.parse(fromText.value())), cleaning, attribution);
            } else {
                publication = new PublicationDate(article.receivedAt() == null ? null : article.receivedAt().toString(),
                        PublicationDate.INGESTION, null, null, NAME);
            }
        }
        return new DatesResult(publication, mentions, NAME);
    }

    private static List<DateMention> kept(List<DateMention> found, CleaningResult cleaning,
                                          AttributionResult attribution) {
        return found.stream()
                .filter(d -> cleaning == null || !cleaning.isRemoved(d.start(), d.end()))
                .filter(d -> attribution == null || !attribution.isAttribution(d.start(), d.end()))
                .toList();
    }

    /**
     * A full, absolute date of day precision in the headline or lead, not after the article was received: the
     * date the report gives for itself.
     */
    private static DateMention fromText(List<DateMention> mentions, AttributionResult attribution, Instant received) {
        if (attribution == null) {
            return null;
        }
        TextSpan lead = attribution.lead();
        TextSpan headline = attribution.headline();
        int end = lead != null ? lead.end() : headline != null ? headline.end() : 0;
        for (DateMention d : mentions) {
            if (d.start() >= end) {
                break;
            }
            if ("absolute".equals(d.kind()) && "day".equals(d.granularity()) && d.value() != null
                    && (received == null || !LocalDate.parse(d.value()).isAfter(LocalDate.ofInstant(received,
                    ZoneOffset.UTC)))) {
                return d;
            }
        }
        return null;
    }
}
