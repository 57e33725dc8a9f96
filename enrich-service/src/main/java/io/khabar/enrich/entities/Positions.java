package io.khabar.enrich.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The positions news names people by, in each language read («وزیر دفاع», «Verteidigungsminister», "defence
 * minister", «министр обороны», «وزير الدفاع»), matched on {@link NameKey#exact} keys. A position after a name makes
 * the mention's role; a position as the subject of a quotation points to the person who holds it.
 */
public final class Positions {

    private static final Map<String, List<String>> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("defence minister", List.of("وزیر دفاع", "وزیر دفاع و پشتیبانی نیروهای مسلح", "Verteidigungsminister",
                "Verteidigungsministerin", "defence minister", "defense minister", "minister of defence",
                "министр обороны", "وزير الدفاع"));
        PHRASES.put("foreign minister", List.of("وزیر خارجه", "وزیر امور خارجه", "Außenminister", "Aussenminister",
                "Außenministerin", "foreign minister", "minister of foreign affairs", "министр иностранных дел",
                "وزير الخارجية"));
        PHRASES.put("president", List.of("رئیس جمهور", "رئیس جمهوری", "Präsident", "Präsidentin", "Staatschef",
                "president", "президент", "الرئيس", "رئيس الجمهورية"));
        PHRASES.put("chief of the general staff of the armed forces", List.of("رئیس ستاد کل نیروهای مسلح",
                "Generalstabschef", "chief of staff of the armed forces", "chief of the general staff",
                "начальник генерального штаба", "رئيس هيئة الأركان"));
        PHRASES.put("supreme leader", List.of("رهبر انقلاب", "رهبر معظم انقلاب", "مقام معظم رهبری", "Revolutionsführer",
                "supreme leader", "верховный лидер", "المرشد الأعلى"));
        PHRASES.put("prime minister", List.of("نخست وزیر", "Ministerpräsident", "Premierminister", "prime minister",
                "премьер-министр", "رئيس الوزراء"));
    }

    private static final Map<String, String> BY_KEY = new LinkedHashMap<>();

    static {
        for (Map.Entry<String, List<String>> e : PHRASES.entrySet()) {
            for (String phrase : e.getValue()) {
                BY_KEY.put(NameKey.exact(phrase), e.getKey());
            }
        }
    }

    private static final PhraseIndex INDEX = new PhraseIndex(BY_KEY.keySet());

    private Positions() {
    }

    /** The position whose phrase starts at word {@code at}, and its length in words; null if none does. */
    public static Map.Entry<String, Integer> at(List<String> keys, int at) {
        if (at < 0 || at >= keys.size()) {
            return null;
        }
        for (int n = Math.min(INDEX.longestFrom(keys.get(at)), keys.size() - at); n >= 1; n--) {
            String position = BY_KEY.get(PhraseIndex.phrase(keys, at, at + n));
            if (position != null) {
                return Map.entry(position, n);
            }
        }
        return null;
    }

    /** Positions named anywhere in {@code text} (a quotation's subject, say), in order. */
    public static List<String> in(String text) {
        List<String> keys = List.of(NameKey.exact(text).split(" "));
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Map.Entry<String, Integer> p = at(keys, i);
            if (p != null) {
                found.add(p.getKey());
                i += p.getValue() - 1;
            }
        }
        return found;
    }
}
