package io.khabar.query.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Labels of stories: the entities most of the members mention (people and organisations before places), each by
 * its name in the language asked for when the knowledge base has one, then the story's key phrase in that language
 * when members are written in it (else in the language most members are).
 */
final class StoryLabels {

    private StoryLabels() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> of(EntityManager em, List<String> stories, String lang) {
        Map<String, String> out = new HashMap<>();
        if (stories.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select m.story_id, e.id, " + DisplayNames.shortest("e")
                + " from article_story m join article_entity ae on ae.article_id = m.article_id"
                + " join entity e on e.id = ae.entity_id where m.story_id in (:ids) group by m.story_id, e.id, e.name,"
                + " e.type order by m.story_id, case when e.type in ('person', 'organisation') then 0 else 1 end,"
                + " count(*) desc, sum(ae.mentions) desc, e.id")
                .setParameter("ids", stories).setParameter("lang", lang).getResultList();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Object[] r : rows) {
            List<String> l = names.computeIfAbsent((String) r[0], k -> new ArrayList<>());
            if (l.size() < StoryReader.LABEL_ENTITIES) {
                l.add((String) r[2]);
            }
        }
        List<Object[]> phrases = em.createNativeQuery("select distinct on (m.story_id) m.story_id, k.phrase"
                + " from article_story m join keyword k on k.article_id = m.article_id where m.story_id in (:ids)"
                + " group by m.story_id, k.phrase, m.language order by m.story_id, (m.language = :lang) desc,"
                + " count(*) desc, sum(k.score) desc, k.phrase").setParameter("ids", stories)
                .setParameter("lang", lang).getResultList();
        Map<String, String> phrase = new HashMap<>();
        phrases.forEach(r -> phrase.put((String) r[0], (String) r[1]));
        for (String s : stories) {
            List<String> parts = new ArrayList<>(names.getOrDefault(s, List.of()));
            String p = phrase.get(s);
            if (p != null && parts.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT)
                    .contains(p.toLowerCase(Locale.ROOT)))) {
                parts.add(p);
            }
            out.put(s, parts.isEmpty() ? s : String.join(" · ", parts));
        }
        return out;
    }
}
