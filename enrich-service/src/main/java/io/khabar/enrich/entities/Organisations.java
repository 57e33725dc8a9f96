package io.khabar.enrich.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisations by pattern. Ministries: a ministry phrase in any language read («وزارت دفاع», «Verteidigungsministerium»,
 * "Ministry of Defence", «Министерство обороны», «وزارة الدفاع») and a country named with it make one canonical
 * organisation per country and ministry ({@code khabar:organisation:ministry-of-defence:IR}). Other Persian
 * organisations: a head noun that only organisations have («سازمان», «دانشگاه», «شرکت», …) and the words of its name
 * after it. The phrases are the press's conventions; no library lists them.
 */
final class Organisations {

    static final Map<String, String> MINISTRIES = new LinkedHashMap<>();

    static {
        for (String p : List.of("وزارت دفاع", "وزارت دفاع و پشتیبانی نیروهای مسلح", "Verteidigungsministerium",
                "ministry of defence", "ministry of defense", "defence ministry", "defense ministry",
                "министерство обороны", "минобороны", "وزارة الدفاع")) {
            MINISTRIES.put(NameKey.exact(p), "ministry-of-defence");
        }
        for (String p : List.of("وزارت امور خارجه", "وزارت خارجه", "Außenministerium", "Auswärtiges Amt",
                "ministry of foreign affairs", "foreign ministry", "министерство иностранных дел", "мид",
                "وزارة الخارجية")) {
            MINISTRIES.put(NameKey.exact(p), "ministry-of-foreign-affairs");
        }
    }

    /** Where a ministry's phrase can start, and how long it can be from there. */
    static final PhraseIndex MINISTRY_INDEX = new PhraseIndex(MINISTRIES.keySet());

    /** Persian and Arabic head nouns of organisation names. */
    static final Set<String> HEADS = Set.of("سازمان", "شرکت", "دانشگاه", "بانک", "خبرگزاری", "شورای", "کمیسیون",
            "حزب", "بنیاد", "موسسه", "مؤسسه", "اداره", "ستاد", "انجمن", "مجمع", "اتحادیه", "دانشکده", "پژوهشگاه",
            "روزنامه", "باشگاه", "فدراسیون", "شهرداری", "استانداری", "فرمانداری", "دادگستری", "مجلس");

    private Organisations() {
    }
}
