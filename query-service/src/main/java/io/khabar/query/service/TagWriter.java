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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.khabar.query.mapping.EnrichedArticle;
import io.khabar.query.search.SearchText;
import org.hibernate.Session;

/**
 * Writes an article's tags (entities and their names, mentions, countries, topics, quotations, keywords) into their
 * tables, replacing what an older enrichment of the same article had written, in the caller's transaction: a reader
 * sees an article either with all its tags or not at all. Statements are batched and every value is a parameter.
 */
@ApplicationScoped
public class TagWriter {

    private static final List<String> TABLES = List.of("article_entity", "mention", "article_country",
            "article_topic", "quotation", "keyword");

    @Inject
    EntityManager em;

    public void replace(EnrichedArticle a) {
        Timestamp sortTime = ArticleRepository.timestamp(ArticleRepository.sortTime(a));
        em.unwrap(Session.class).doWork(c -> {
            for (String table : TABLES) {
                try (PreparedStatement s = c.prepareStatement("delete from " + table + " where article_id = ?")) {
                    s.setString(1, a.id());
                    s.executeUpdate();
                }
            }
            EnrichedArticle.Entities entities = a.entities();
            if (entities != null && entities.entities() != null) {
                entities(c, a, entities.entities(), sortTime);
            }
            if (entities != null && entities.mentions() != null) {
                mentions(c, a, entities.mentions());
            }
            topics(c, a, sortTime);
            quotations(c, a);
            keywords(c, a);
        });
    }

    private static void entities(Connection c, EnrichedArticle a, List<EnrichedArticle.Mentioned> mentioned,
                                 Timestamp sortTime) throws SQLException {
        Set<String> countries = new LinkedHashSet<>();
        try (PreparedStatement entity = c.prepareStatement("""
                insert into entity (id, type, name, country, first_seen, last_seen) values (?, ?, ?, ?, ?, ?)
                on conflict (id) do update set type = excluded.type, country = coalesce(excluded.country, entity.country),
                    first_seen = least(entity.first_seen, excluded.first_seen),
                    last_seen = greatest(entity.last_seen, excluded.last_seen),
                    name = case when excluded.last_seen >= entity.last_seen then excluded.name else entity.name end
                """);
             PreparedStatement name = c.prepareStatement("insert into entity_name (entity_id, language, name, name_key)"
                     + " values (?, ?, ?, ?) on conflict do nothing");
             PreparedStatement link = c.prepareStatement("insert into article_entity (article_id, entity_id, mentions,"
                     + " sort_time) values (?, ?, ?, ?) on conflict do nothing")) {
            // in id order, so that two transactions touching the same entities lock them in the same order
            for (EnrichedArticle.Mentioned m : mentioned.stream().filter(m -> m.id() != null)
                    .sorted(java.util.Comparator.comparing(EnrichedArticle.Mentioned::id)).toList()) {
                if (m.type() == null) {
                    continue;
                }
                entity.setString(1, m.id());
                entity.setString(2, m.type());
                entity.setString(3, m.name() == null ? m.id() : m.name());
                entity.setString(4, m.country());
                entity.setTimestamp(5, sortTime);
                entity.setTimestamp(6, sortTime);
                entity.addBatch();
                for (Map.Entry<String, List<String>> e : names(m, a).entrySet()) {
                    for (String n : e.getValue()) {
                        String key = SearchText.key(n);
                        if (key.isEmpty()) {
                            continue;
                        }
                        name.setString(1, m.id());
                        name.setString(2, e.getKey());
                        name.setString(3, n);
                        name.setString(4, key);
                        name.addBatch();
                    }
                }
                link.setString(1, a.id());
                link.setString(2, m.id());
                link.setInt(3, m.count());
                link.setTimestamp(4, sortTime);
                link.addBatch();
                if (m.country() != null) {
                    countries.add(m.country());
                }
            }
            // entities first: a name refers to its entity
            entity.executeBatch();
            name.executeBatch();
            link.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("insert into article_country (article_id, country, sort_time)"
                + " values (?, ?, ?)")) {
            for (String country : countries) {
                s.setString(1, a.id());
                s.setString(2, country);
                s.setTimestamp(3, sortTime);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The names enrichment sent, or (schema version 2 before names travelled) the name in the article's language. */
    private static Map<String, List<String>> names(EnrichedArticle.Mentioned m, EnrichedArticle a) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        if (m.names() != null) {
            names.putAll(m.names());
        }
        if (m.name() != null && names.values().stream().noneMatch(l -> l.contains(m.name()))) {
            names.put(a.language().code(), List.of(m.name()));
        }
        return names;
    }

    private static void mentions(Connection c, EnrichedArticle a, List<EnrichedArticle.Mention> mentions)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into mention (article_id, ordinal, entity_id, type,"
                + " start_offset, end_offset, surface, confidence, evidence, role)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))")) {
            int ordinal = 0;
            for (EnrichedArticle.Mention m : mentions) {
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
            s.executeBatch();
        }
    }

    private static void topics(Connection c, EnrichedArticle a, Timestamp sortTime) throws SQLException {
        if (a.topics() == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into article_topic (article_id, topic, label, parent,"
                + " score, sort_time) values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            for (EnrichedArticle.Topic t : a.topics()) {
                s.setString(1, a.id());
                s.setString(2, t.id());
                s.setString(3, t.label());
                s.setString(4, t.parent());
                s.setDouble(5, t.score());
                s.setTimestamp(6, sortTime);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void quotations(Connection c, EnrichedArticle a) throws SQLException {
        if (a.quotations() == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into quotation (article_id, ordinal, kind, start_offset,"
                + " end_offset, speaker_id, confidence, quote) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            s.executeBatch();
        }
    }

    private static void keywords(Connection c, EnrichedArticle a) throws SQLException {
        if (a.keywords() == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into keyword (article_id, key, phrase, score)"
                + " values (?, ?, ?, ?) on conflict do nothing")) {
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
            s.executeBatch();
        }
    }
}
