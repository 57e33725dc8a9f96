package io.khabar.enrich.entities;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One line of an entities file (JSON Lines): an {@link Entity} plus what only matching needs.
 *
 * @param adjectives adjectival and demonym forms per language, base form; the usual inflections are added
 *                   (iranisch → iranische, iranischen, …; иранский → иранского, …)
 * @param ambiguous  names per language that are also ordinary words (Persian دوشنبه is Dushanbe and Monday): found
 *                   only right after a place cue such as شهر, Stadt, city, город
 * @param curated    the names that come from a curated file rather than CLDR (worked out while merging; not read)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record KnowledgeBaseRecord(String id, String type, Map<String, List<String>> names, String iso, String zone,
                           String country, Double lat, Double lon, List<Entity.Role> roles, String kind,
                           Map<String, List<String>> adjectives, Map<String, List<String>> ambiguous,
                           java.util.Set<String> curated) {

    /** The entity itself, without what only matching needs. */
    Entity entity() {
        return new Entity(id, type, names, iso, zone, country, lat, lon, roles == null ? List.of() : roles, kind);
    }
}
