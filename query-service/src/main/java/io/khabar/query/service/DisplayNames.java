package io.khabar.query.service;

/**
 * The name an entity is shown by in a response: its first name in the language asked for (the knowledge base's
 * canonical name in that language where the enrichment sent one, see {@code entity_name.position}), else the name it
 * was stored with; and a topic's label in that language ({@code topic_label}), else the article's.
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** SQL for the display name of the {@code entity} row aliased {@code alias}; the statement binds {@code :lang}. */
    public static String of(String alias) {
        return name(alias, "n.position, length(n.name), n.name");
    }

    /** As {@link #of}, but the shortest name in the language, for labels that must stay short (story labels). */
    static String shortest(String alias) {
        return name(alias, "length(n.name), n.name");
    }

    private static String name(String alias, String order) {
        return "coalesce((select n.name from entity_name n where n.entity_id = " + alias + ".id and n.language = :lang"
                + " order by " + order + " limit 1), " + alias + ".name)";
    }

    /**
     * SQL for the label of the topic in column {@code topic} of the row aliased {@code alias}, else {@code fallback}
     * (SQL); the statement binds {@code :lang}.
     */
    public static String topic(String alias, String fallback) {
        return "coalesce((select l.label from topic_label l where l.topic = " + alias + ".topic and l.language = :lang),"
                + " " + fallback + ")";
    }
}
