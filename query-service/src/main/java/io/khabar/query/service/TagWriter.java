package io.khabar.query.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.query.mapping.EnrichedArticle;
import io.khabar.query.search.SearchText;

/**
 * Writes the tags (entities and their names, mentions, countries, topics, quotations, keywords) of a batch of
 * articles just written by {@link ArticleWriter}, replacing what older versions of them had written, in the caller's
 * transaction: a reader sees an article either with all its tags or not at all. One JDBC batch per table for the
 * whole batch of articles (the driver rewrites each into multi-row inserts); every value is a parameter.
 */
@ApplicationScoped
public class TagWriter {

    @Inject
    KnownNames names;
    @Inject
    KnownEntities knownEntities;

    private static final List<String> TABLES = List.of("article_entity", "mention", "article_country",
            "article_topic", "quotation", "keyword");

    /** An entity as the batch describes it: its latest name and country, and the span of time it was seen in. */
    private static final class Seen {
        String type;
        String name;
        String country;
        Timestamp first;
        Timestamp last;
    }

    public void replace(Connection c, List<EnrichedArticle> written, List<String> replaced) throws SQLException {
        if (!replaced.isEmpty()) {
            java.sql.Array ids = c.createArrayOf("text", replaced.toArray());
            for (String table : TABLES) {
                try (PreparedStatement s = c.prepareStatement("delete from " + table + " where article_id = any(?)")) {
                    s.setArray(1, ids);
                    s.executeUpdate();
                }
            }
        }
        entities(c, written);
        mentions(c, written);
        topics(c, written);
        quotations(c, written);
        keywords(c, written);
    }

    private void entities(Connection c, List<EnrichedArticle> articles) throws SQLException {
        Set<String> fresh = new LinkedHashSet<>();
        // in id order, so that two transactions touching the same entities lock them in the same order; once each,
        // for a multi-row insert may not update a row twice
        Map<String, Seen> seen = new TreeMap<>();
        try (PreparedStatement name = c.prepareStatement("insert into entity_name (entity_id, language, name, name_key,"
                + " position) values (?, ?, ?, ?, ?) on conflict do nothing");
             PreparedStatement link = c.prepareStatement("insert into article_entity (article_id, entity_id, mentions,"
                     + " sort_time) values (?, ?, ?, ?) on conflict do nothing");
             PreparedStatement country = c.prepareStatement("insert into article_country (article_id, country,"
                     + " sort_time) values (?, ?, ?) on conflict do nothing")) {
            for (EnrichedArticle a : articles) {
                if (a.entities() == null || a.entities().entities() == null) {
                    continue;
                }
                Timestamp time = ArticleWriter.timestamp(ArticleWriter.sortTime(a));
                Set<String> countries = new LinkedHashSet<>();
                for (EnrichedArticle.Mentioned m : a.entities().entities()) {
                    if (m.id() == null || m.type() == null) {
                        continue;
                    }
                    Seen s = seen.computeIfAbsent(m.id(), k -> new Seen());
                    if (s.last == null || !time.before(s.last)) {
                        s.type = m.type();
                        s.name = m.name() == null ? m.id() : m.name();
                        s.country = m.country() != null ? m.country() : s.country;
                        s.last = time;
                    }
                    s.first = s.first == null || time.before(s.first) ? time : s.first;
                    for (Map.Entry<String, List<String>> e : names(m, a).entrySet()) {
                        for (int position = 0; position < e.getValue().size(); position++) {
                            String n = e.getValue().get(position);
                            if (n == null) {
                                continue;
                            }
                            String known = KnownNames.key(m.id(), e.getKey(), n);
                            if (names.contains(known) || !fresh.add(known)) {
                                continue; // sent before: no search key computed (that was a tenth of storing)
                            }
                            String key = SearchText.key(n);
                            if (!key.isEmpty()) {
                                name.setString(1, m.id());
                                name.setString(2, e.getKey());
                                name.setString(3, n);
                                name.setString(4, key);
                                name.setShort(5, (short) Math.min(position, Short.MAX_VALUE - 1));
                                name.addBatch();
                            }
                        }
                    }
                    link.setString(1, a.id());
                    link.setString(2, m.id());
                    link.setInt(3, m.count());
                    link.setTimestamp(4, time);
                    link.addBatch();
                    if (m.country() != null) {
                        countries.add(m.country());
                    }
                }
                for (String code : countries) {
                    country.setString(1, a.id());
                    country.setString(2, code);
                    country.setTimestamp(3, time);
                    country.addBatch();
                }
            }
            try (PreparedStatement entity = c.prepareStatement("""
                    insert into entity (id, type, name, country, first_seen, last_seen) values (?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set
                        type = case when excluded.last_seen >= entity.last_seen then excluded.type else entity.type end,
                        name = case when excluded.last_seen >= entity.last_seen then excluded.name else entity.name end,
                        country = coalesce(excluded.country, entity.country),
                        first_seen = least(entity.first_seen, excluded.first_seen),
                        last_seen = greatest(entity.last_seen, excluded.last_seen)
                    """)) {
                Map<String, KnownEntities.Known> written = new LinkedHashMap<>();
                for (Map.Entry<String, Seen> e : seen.entrySet()) {
                    Seen s = e.getValue();
                    if (knownEntities.unchanged(e.getKey(), s.type, s.name, s.country, s.first, s.last)) {
                        continue; // the row already says all this: not locking it spares waiting for other batches
                    }
                    written.put(e.getKey(), new KnownEntities.Known(s.type, s.name, s.country, s.first, s.last));
                    entity.setString(1, e.getKey());
                    entity.setString(2, s.type);
                    entity.setString(3, s.name);
                    entity.setString(4, s.country);
                    entity.setTimestamp(5, s.first);
                    entity.setTimestamp(6, s.last);
                    entity.addBatch();
                }
                entity.executeBatch(); // entities first: names and links refer to them
                knownEntities.addWhenCommitted(written);
            }
            name.executeBatch();
            names.addWhenCommitted(fresh);
            link.executeBatch();
            country.executeBatch();
        }
    }

    /** The names enrichment sent, or (schema version 2 before names travelled) the name in the article's language. */
    private static Map<String, List<String>> names(EnrichedArticle.Mentioned m, EnrichedArticle a) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        if (m.names() != null) {
            m.names().forEach((language, list) -> names.put(language, new java.util.ArrayList<>(list)));
        }
        if (m.name() != null && names.values().stream().noneMatch(l -> l.contains(m.name()))) {
            // added to the article language's spellings, never in their place
            names.computeIfAbsent(a.language().code(), l -> new java.util.ArrayList<>()).add(m.name());
        }
        return names;
    }

    private static void mentions(Connection c, List<EnrichedArticle> articles) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into mention (article_id, ordinal, entity_id, type,"
                + " start_offset, end_offset, surface, confidence, evidence, role)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))")) {
            for (EnrichedArticle a : articles) {
                if (a.entities() == null || a.entities().mentions() == null) {
                    continue;
                }
                int ordinal = 0;
                for (EnrichedArticle.Mention m : a.entities().mentions()) {
                    if (m.entityId() == null) {
                        continue;
                    }
                    s.setString(1, a.id());
                    s.setInt(2, ordinal++);
                    s.setString(3, m.entityId());
                    s.setString(4, m.type() == null ? "unknown" : m.type());
                    s.setInt(5, m.start());
                    s.setInt(6, m.end());
                    s.setString(7, m.surface() == null ? "" : m.surface());
                    s.setDouble(8, m.confidence());
                    s.setString(9, m.evidence());
                    if (m.role() == null || m.role().isNull()) {
                        s.setNull(10, Types.VARCHAR);
                    } else {
                        s.setString(10, m.role().toString());
                    }
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void topics(Connection c, List<EnrichedArticle> articles) throws SQLException {
        // a topic's labels per language, each sent once per instance like the entity names ({@link KnownNames}); in
        // topic and language order, so that two transactions lock the rows in the same order
        Map<String, String[]> labels = new TreeMap<>();
        for (EnrichedArticle a : articles) {
            for (EnrichedArticle.Topic t : a.topics() == null ? List.<EnrichedArticle.Topic>of() : a.topics()) {
                if (t.id() != null && t.labels() != null) {
                    t.labels().forEach((language, label) -> {
                        if (language != null && label != null && !names.contains(KnownNames.key("topic:" + t.id(),
                                language, label))) {
                            labels.put(t.id() + '\u0000' + language, new String[] {t.id(), language, label});
                        }
                    });
                }
            }
        }
        if (!labels.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("insert into topic_label (topic, language, label) values"
                    + " (?, ?, ?) on conflict (topic, language) do update set label = excluded.label"
                    + " where topic_label.label <> excluded.label")) {
                for (String[] l : labels.values()) {
                    s.setString(1, l[0]);
                    s.setString(2, l[1]);
                    s.setString(3, l[2]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            names.addWhenCommitted(labels.values().stream().map(l -> KnownNames.key("topic:" + l[0], l[1], l[2]))
                    .toList());
        }
        try (PreparedStatement s = c.prepareStatement("insert into article_topic (article_id, topic, label, parent,"
                + " score, sort_time) values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            for (EnrichedArticle a : articles) {
                if (a.topics() == null) {
                    continue;
                }
                Timestamp time = ArticleWriter.timestamp(ArticleWriter.sortTime(a));
                for (EnrichedArticle.Topic t : a.topics()) {
                    if (t.id() == null) {
                        continue;
                    }
                    s.setString(1, a.id());
                    s.setString(2, t.id());
                    s.setString(3, t.label());
                    s.setString(4, t.parent());
                    s.setDouble(5, t.score());
                    s.setTimestamp(6, time);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void quotations(Connection c, List<EnrichedArticle> articles) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into quotation (article_id, ordinal, kind, start_offset,"
                + " end_offset, speaker_id, confidence, quote) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (EnrichedArticle a : articles) {
                if (a.quotations() == null) {
                    continue;
                }
                int ordinal = 0;
                for (EnrichedArticle.Quotation q : a.quotations()) {
                    if (q.start() < 0 || q.end() > a.text().length() || q.start() > q.end()) {
                        continue; // offsets that do not fit the text are not stored rather than stored wrong
                    }
                    s.setString(1, a.id());
                    s.setInt(2, ordinal++);
                    s.setString(3, q.kind() == null ? "unknown" : q.kind());
                    s.setInt(4, q.start());
                    s.setInt(5, q.end());
                    s.setString(6, q.speakerId());
                    s.setDouble(7, q.confidence());
                    s.setString(8, a.text().substring(q.start(), q.end()));
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void keywords(Connection c, List<EnrichedArticle> articles) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into keyword (article_id, key, phrase, score)"
                + " values (?, ?, ?, ?) on conflict do nothing")) {
            for (EnrichedArticle a : articles) {
                if (a.keywords() == null) {
                    continue;
                }
                for (EnrichedArticle.Keyword k : a.keywords()) {
                    if (k.key() == null || k.phrase() == null) {
                        continue;
                    }
                    s.setString(1, a.id());
                    s.setString(2, k.key());
                    s.setString(3, k.phrase());
                    s.setDouble(4, k.score());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }
}
