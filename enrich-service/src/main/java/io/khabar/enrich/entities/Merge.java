package io.khabar.enrich.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Merging entity records: the later one's fields win, names and roles are united. */
final class Merge {

    private Merge() {
    }

    static KnowledgeBaseRecord records(KnowledgeBaseRecord a, KnowledgeBaseRecord b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new KnowledgeBaseRecord(b.id(), or(b.type(), a.type()), names(a.names(), b.names()), or(b.iso(), a.iso()),
                or(b.zone(), a.zone()), or(b.country(), a.country()), or(b.lat(), a.lat()), or(b.lon(), a.lon()),
                roles(a.roles(), b.roles()), or(b.kind(), a.kind()),
                names(a.adjectives(), b.adjectives()), names(a.ambiguous(), b.ambiguous()), curated(a, b));
    }

    /** Per language, {@code first}'s names and then {@code second}'s, without repeats. */
    static Map<String, List<String>> names(Map<String, List<String>> first, Map<String, List<String>> second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map<String, List<String>> m : List.of(first, second)) {
            m.forEach((language, names) -> {
                LinkedHashSet<String> all = new LinkedHashSet<>(out.getOrDefault(language, List.of()));
                all.addAll(names);
                out.put(language, new ArrayList<>(all));
            });
        }
        return out;
    }

    /** Both records' roles, without repeats. */
    private static List<Entity.Role> roles(List<Entity.Role> a, List<Entity.Role> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        LinkedHashSet<Entity.Role> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    /** The curated names of both; {@code b} is a curated record, so all its names are. */
    private static java.util.Set<String> curated(KnowledgeBaseRecord a, KnowledgeBaseRecord b) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (a.curated() != null) {
            names.addAll(a.curated());
        }
        if (b.curated() != null) {
            names.addAll(b.curated());
        }
        return names;
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
