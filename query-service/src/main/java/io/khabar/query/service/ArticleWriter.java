package io.khabar.query.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.query.mapping.EnrichedArticle;
import io.khabar.query.search.SearchConfigs;
import io.khabar.query.search.SearchText;

/**
 * Writes a batch of article rows in one statement: {@code INSERT … SELECT FROM unnest(arrays) ON CONFLICT (id) DO
 * UPDATE … WHERE} the stored enrichment is not newer, {@code RETURNING} which rows were written and whether each was
 * new. Redelivery of the same event is a no-op in effect, and an older enrichment never overwrites a newer one. One
 * statement for a whole poll instead of one per article: the per-statement round trips were most of the storing time.
 */
@ApplicationScoped
public class ArticleWriter {

    private static final String UPSERT = """
            insert into article (id, event_id, schema_version, title, text, url, source, published_at,
                received_at, sort_time, language, language_confidence, language_reliable, declared_language,
                pipeline_version, enriched_at, payload, clean_text, publication_provenance, search_config, tsv)
            select u.id, u.event_id, u.schema_version, u.title, u.text, u.url, u.source, u.published_at,
                u.received_at, u.sort_time, u.language, u.confidence, u.reliable, u.declared_language,
                u.pipeline_version, u.enriched_at, cast(u.payload as jsonb), u.clean_text, u.provenance, u.config,
                setweight(to_tsvector(cast(u.config as regconfig), coalesce(u.search_title, u.title, '')), 'A')
                    || to_tsvector(cast(u.config as regconfig), coalesce(u.search_text, u.clean_text, u.text))
            from unnest(?::text[], ?::text[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::float8[], ?::bool[], ?::text[],
                ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                as u(id, event_id, schema_version, title, text, url, source, published_at, received_at, sort_time,
                     language, confidence, reliable, declared_language, pipeline_version, enriched_at, payload,
                     clean_text, provenance, config, search_title, search_text)
            on conflict (id) do update set event_id = excluded.event_id,
                schema_version = excluded.schema_version, title = excluded.title, text = excluded.text,
                url = excluded.url, source = excluded.source, published_at = excluded.published_at,
                received_at = excluded.received_at, sort_time = excluded.sort_time,
                language = excluded.language, language_confidence = excluded.language_confidence,
                language_reliable = excluded.language_reliable, declared_language = excluded.declared_language,
                pipeline_version = excluded.pipeline_version, enriched_at = excluded.enriched_at,
                payload = excluded.payload, clean_text = excluded.clean_text,
                publication_provenance = excluded.publication_provenance,
                search_config = excluded.search_config, tsv = excluded.tsv, updated_at = now(),
                stored_xid = pg_current_xact_id(), stored_seq = nextval('article_stored_seq')
            where article.enriched_at <= excluded.enriched_at and article.event_id <> excluded.event_id
            returning id, (xmax = 0) as inserted
            """;

    /** An article to write and its payload as received. */
    public record Row(EnrichedArticle article, String payload) {
    }

    /** The ids written, and which of them replaced an older version (whose tags must go). */
    public record Written(List<EnrichedArticle> articles, List<String> replaced) {
    }

    @Inject
    SearchConfigs configs;

    public Written upsert(Connection c, List<Row> batch) throws SQLException {
        // one row per id, the newest enrichment (the statement may not touch a row twice)
        Map<String, Row> newest = new LinkedHashMap<>();
        for (Row r : batch) {
            newest.merge(r.article().id(), r, (a, b) ->
                    b.article().enrichedAt().isBefore(a.article().enrichedAt()) ? a : b);
        }
        List<Row> rows = new ArrayList<>(newest.values());
        // in id order, so that two batches stored at once lock the rows they share in the same order
        rows.sort(java.util.Comparator.comparing(r -> r.article().id()));
        rows.forEach(r -> configs.storing(config(r.article())));
        Map<String, EnrichedArticle> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.article().id(), r.article()));
        List<EnrichedArticle> written = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(UPSERT)) {
            int i = 1;
            s.setArray(i++, array(c, "text", rows, r -> r.article().id()));
            s.setArray(i++, array(c, "text", rows, r -> r.article().eventId()));
            s.setArray(i++, array(c, "int4", rows, r -> r.article().schemaVersion()));
            s.setArray(i++, array(c, "text", rows, r -> r.article().title()));
            s.setArray(i++, array(c, "text", rows, r -> r.article().text()));
            s.setArray(i++, array(c, "text", rows, r -> r.article().url()));
            s.setArray(i++, array(c, "text", rows, r -> r.article().source()));
            s.setArray(i++, array(c, "timestamptz", rows, r -> timestamp(r.article().publishedAt())));
            s.setArray(i++, array(c, "timestamptz", rows, r -> timestamp(r.article().receivedAt())));
            s.setArray(i++, array(c, "timestamptz", rows, r -> timestamp(sortTime(r.article()))));
            s.setArray(i++, array(c, "text", rows, r -> r.article().language().code()));
            s.setArray(i++, array(c, "float8", rows, r -> r.article().language().confidence()));
            s.setArray(i++, array(c, "bool", rows, r -> r.article().language().reliable()));
            s.setArray(i++, array(c, "text", rows, r -> r.article().declaredLanguage()));
            s.setArray(i++, array(c, "text", rows, r -> r.article().pipelineVersion()));
            s.setArray(i++, array(c, "timestamptz", rows, r -> timestamp(r.article().enrichedAt())));
            s.setArray(i++, array(c, "text", rows, Row::payload));
            s.setArray(i++, array(c, "text", rows, r -> r.article().cleanText()));
            s.setArray(i++, array(c, "text", rows, r -> r.article().publication() == null ? null
                    : r.article().publication().provenance()));
            s.setArray(i++, array(c, "text", rows, r -> config(r.article())));
            s.setArray(i++, array(c, "text", rows, r -> searchForm(r.article(), r.article().title())));
            s.setArray(i, array(c, "text", rows, r -> searchForm(r.article(), body(r.article()))));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    written.add(byId.get(rs.getString(1)));
                    if (!rs.getBoolean(2)) {
                        replaced.add(rs.getString(1));
                    }
                }
            }
        }
        return new Written(written, replaced);
    }

    private static String config(EnrichedArticle a) {
        return SearchText.config(a.language().code());
    }

    private static String body(EnrichedArticle a) {
        return a.cleanText() != null ? a.cleanText() : a.text();
    }

    /**
     * Persian and other languages without stemming are indexed in folded form, and searched the same way; null for
     * the others, whose title and text the statement indexes as they are (sent once: a second copy of every text had
     * been a quarter of the bytes the storing threads encoded and PostgreSQL read).
     */
    private static String searchForm(EnrichedArticle a, String text) {
        if (!SearchText.folded(config(a))) {
            return null;
        }
        return text == null ? "" : SearchText.fold(text);
    }

    /**
     * An array parameter; typed (text as {@code String[]}, not {@code Object[]}) so that the driver sends it in
     * PostgreSQL's binary form, where {@code Object[]} is written as an array literal that escapes every character of
     * the texts and that the server then parses back (a sixth of the storing threads' time went to the escaping).
     */
    private static Array array(Connection c, String type, List<Row> rows, Function<Row, Object> value)
            throws SQLException {
        Object[] values = (Object[]) java.lang.reflect.Array.newInstance(switch (type) {
            case "text" -> String.class;
            case "int4" -> Integer.class;
            case "float8" -> Double.class;
            case "bool" -> Boolean.class;
            default -> Object.class;
        }, rows.size());
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(rows.get(i));
        }
        return c.createArrayOf(type, values);
    }

    /** Publication time when known (as enrichment settled it, else as submitted), else reception time. */
    public static Instant sortTime(EnrichedArticle a) {
        if (a.publication() != null && a.publication().value() != null) {
            return a.publication().value();
        }
        return a.publishedAt() != null ? a.publishedAt() : a.receivedAt();
    }

    static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
