package io.khabar.enrich.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

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
        if (article.publishedAt() != null) {
            PublicationDate publication = new PublicationDate(article.publishedAt().toString(),
                    article.publishedFromPage() ? PublicationDate.PAGE : PublicationDate.SUPPLIED, null, null, NAME);
            LocalDate reference = LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC);
            return new DatesResult(publication, kept(finder.find(text, reference), cleaning, attribution), NAME);
        }
        List<DateMention> unresolved = finder.find(text, null);
        DateMention own = ownDate(text, unresolved, attribution, article.receivedAt());
        if (own == null) {
            return new DatesResult(new PublicationDate(article.receivedAt() == null ? null
                    : article.receivedAt().toString(), PublicationDate.INGESTION, null, null, NAME),
                    kept(unresolved, cleaning, attribution), NAME);
        }
        LocalDate day = LocalDate.parse(own.value());
        return new DatesResult(new PublicationDate(own.value(), PublicationDate.TEXT, own.start(), own.end(), NAME),
                kept(finder.find(text, day), cleaning, attribution), NAME);
    }

    private static List<DateMention> kept(List<DateMention> found, CleaningResult cleaning,
                                          AttributionResult attribution) {
        return found.stream()
                .filter(d -> cleaning == null || !cleaning.isRemoved(d.start(), d.end()))
                .filter(d -> attribution == null || !attribution.isAttribution(d.start(), d.end()))
                .toList();
    }

    /** «تاریخ انتشار», «Veröffentlicht», «Published», «Опубликовано», «نشر في» and the like, just before a date. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(تاریخ\\s*(انتشار|خبر|نشر)|زمان\\s*انتشار|"
            + "منتشر\\s*شده|veröffentlicht|stand|published|updated|posted|опубликовано|обновлено|تاريخ\\s*النشر|"
            + "نشر\\s*في)\\s*(am|on|:)?\\s*[:：]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The date the article gives for itself, if it gives one: a full date (day, month and year, a single day) that is
     * not after the article was received and stands where news puts the report's own date — in the dateline (inside
     * the attribution phrase or opening the lead before its dash or colon: «Teheran, 9. Januar 2023 -»), after a
     * publication label («تاریخ انتشار:», «Published:»), or alone on a short line before the report. A date inside a
     * sentence is what the report is about, not when it was written, and is never taken.
     */
    private static DateMention ownDate(String text, List<DateMention> mentions, AttributionResult attribution,
                                       Instant received) {
        TextSpan lead = attribution == null ? null : attribution.lead();
        for (DateMention d : mentions) {
            if (!"absolute".equals(d.kind()) || !"day".equals(d.granularity()) || d.value() == null
                    || d.value().contains("/") || lead != null && d.start() > lead.start() + 80) {
                continue;
            }
            LocalDate day = LocalDate.parse(d.value());
            if (received != null && day.isAfter(LocalDate.ofInstant(received, ZoneOffset.UTC))) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', d.start() - 1) + 1;
            int lineEnd = text.indexOf('\n', d.end());
            String before = text.substring(lineStart, d.start());
            String after = text.substring(d.end(), lineEnd < 0 ? text.length() : lineEnd);
            boolean dateline = attribution != null && attribution.isAttribution(d.start(), d.end())
                    || lead != null && d.start() >= lead.start() && d.start() - lead.start() <= 40
                    && after.matches("(?s)\\s*(\\d{1,2}[:.]\\d{2}\\s*)?[-–—:(].*");
            boolean labelled = PUBLISHED_LABEL.matcher(before).find();
            boolean alone = (before + after).replaceAll("[\\s\\p{P}]", "").length() <= 12
                    && (lead == null || d.start() < lead.start());
            if (dateline || labelled || alone) {
                return d;
            }
        }
        return null;
    }
}
