package io.khabar.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.khabar.local.CorpusTexts.Text;
import io.khabar.local.QueryLoad;
import io.khabar.local.QueryMix;

/**
 * The query mix of {@code bench-query}, with values taken from what the pipeline really stored: the 200 entities
 * enrichment found in most articles (and their names, for prefix searches), the stored articles' publication dates,
 * and search words of the corpus's texts.
 */
final class PipelineQueries implements QueryLoad.Requests {

    private final String baseUrl;
    private final List<String> entityIds = new ArrayList<>();
    private final List<String> entityNames = new ArrayList<>();
    private final List<String> words;
    private final LocalDate first;
    private final long days;

    PipelineQueries(String baseUrl, Connection db, List<Text> texts) throws SQLException {
        this.baseUrl = baseUrl;
        synchronized (db) {
            try (Statement s = db.createStatement()) {
                try (ResultSet rs = s.executeQuery("select e.id, e.name from entity e join (select entity_id, count(*)"
                        + " n from article_entity group by entity_id order by n desc limit 200) top"
                        + " on top.entity_id = e.id order by top.n desc")) {
                    while (rs.next()) {
                        entityIds.add(rs.getString(1));
                        entityNames.add(rs.getString(2));
                    }
                }
                try (ResultSet rs = s.executeQuery("select min(sort_time), max(sort_time) from article")) {
                    rs.next();
                    first = LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), ZoneOffset.UTC);
                    days = Math.max(1, ChronoUnit.DAYS.between(first,
                            LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), ZoneOffset.UTC)) + 1);
                }
            }
        }
        Map<String, List<String>> byLanguage = QueryMix.words(texts);
        List<String> all = new ArrayList<>();
        byLanguage.values().forEach(all::addAll);
        this.words = all;
        if (entityIds.isEmpty() || words.isEmpty()) {
            throw new IllegalStateException("nothing stored to query: " + entityIds.size() + " entities, "
                    + words.size() + " words");
        }
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String entityAndDates(Random r) {
        int span = (int) Math.min(days, List.of(7, 30, 90, 365).get(r.nextInt(4)));
        LocalDate from = first.plusDays(r.nextInt((int) (days - span + 1)));
        // half of the requests ask for one of the twenty most mentioned entities
        int e = r.nextBoolean() ? r.nextInt(Math.min(20, entityIds.size())) : r.nextInt(entityIds.size());
        return "entity=" + QueryLoad.Requests.enc(entityIds.get(e)) + "&from=" + from + "&to="
                + from.plusDays(span - 1);
    }

    @Override
    public String word(Random r) {
        return words.get(r.nextInt(words.size()));
    }

    @Override
    public String prefix(Random r) {
        String name = entityNames.get(r.nextInt(entityNames.size()));
        return name.substring(0, Math.min(name.length(), 3 + r.nextInt(4))).strip();
    }
}
