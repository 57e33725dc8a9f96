package io.khabar.enrich.entities;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A canonical entity of the knowledge base.
 *
 * @param id         the Wikidata QID where one is known, otherwise {@code khabar:<type>:<key>} (or {@code iso:XX} and
 *                   {@code zone:Area/City} for countries and cities only CLDR knows)
 * @param type       {@code person}, {@code organisation}, {@code country}, {@code city}, {@code region}, {@code event},
 *                   or {@code place} (a place a name model found and the base does not know: city, region or other)
 * @param names      names and aliases per language (ISO 639-1)
 * @param iso        ISO 3166 code, for a country
 * @param zone       the CLDR time-zone id whose city this is, for a city
 * @param country    ISO 3166 code of the country it belongs to, for places, organisations and people's roles
 * @param lat        latitude, for places, where known
 * @param lon        longitude
 * @param roles      dated roles, for people
 * @param kind       a finer kind, e.g. {@code news-agency}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Entity(String id, String type, Map<String, List<String>> names, String iso, String zone, String country,
                     Double lat, Double lon, List<Role> roles, String kind) {

    public static final String PERSON = "person";
    public static final String ORGANISATION = "organisation";
    public static final String COUNTRY = "country";
    public static final String CITY = "city";
    public static final String PLACE = "place";

    /**
     * A dated role of a person.
     *
     * @param position e.g. {@code defence minister}
     * @param country  ISO 3166 code
     * @param from     year (or date) it began, if known
     * @param to       year (or date) it ended, if it did
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Role(String position, String country, String from, String to) {
    }

    /** A name of the entity, preferring {@code language}, then English, then any. */
    public String name(String language) {
        for (String l : new String[] {language, "en"}) {
            List<String> n = names.get(l);
            if (n != null && !n.isEmpty()) {
                return n.get(0);
            }
        }
        return names.values().stream().flatMap(List::stream).findFirst().orElse(id);
    }
}
