package io.khabar.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Countries and cities from ICU4J's copy of CLDR, not typed by hand: every country (ISO 3166) with its name in every
 * language CLDR has, and every city CLDR names a time zone after (Tehran, Minsk, Dushanbe, Kabul, …) with its country
 * and its name in the languages the service reads. A city name that is also a weekday or a month in that language
 * (Persian دوشنبه is Dushanbe and Monday) is left out here; the curated entities file may list it as ambiguous.
 */
final class CldrPlaces {

    /** Region codes that name no country. */
    private static final Set<String> NOT_COUNTRIES = Set.of("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "XK");

    private CldrPlaces() {
    }

    static List<KnowledgeBaseRecord> countries() {
        Set<String> languages = new TreeSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            languages.add(l.getLanguage());
        }
        Map<String, Map<String, List<String>>> names = new HashMap<>();
        for (String language : languages) {
            LocaleDisplayNames display = LocaleDisplayNames.getInstance(new ULocale(language));
            for (String code : ULocale.getISOCountries()) {
                String name = display.regionDisplayName(code);
                if (name != null && !name.equals(code) && !NOT_COUNTRIES.contains(code)) {
                    names.computeIfAbsent(code, c -> new HashMap<>())
                            .computeIfAbsent(language, l -> new ArrayList<>()).add(name);
                }
            }
        }
        List<KnowledgeBaseRecord> out = new ArrayList<>();
        names.forEach((code, byLanguage) -> out.add(new KnowledgeBaseRecord("iso:" + code, Entity.COUNTRY, byLanguage,
                code, null, code, null, null, null, null, null, null, null)));
        return out;
    }

    static List<KnowledgeBaseRecord> cities(List<String> languages) {
        Set<String> zones = new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null,
                null));
        Map<String, Map<String, List<String>>> names = new HashMap<>();
        for (String language : languages) {
            ULocale locale = new ULocale(language);
            TimeZoneNames zoneNames = TimeZoneNames.getInstance(locale);
            Set<String> dateWords = dateWords(locale);
            // research stations and atolls named like ordinary words (Vostok, Casey, Troll, Palmer) are no news cities
        zones.removeIf(z -> z.startsWith("Antarctica/") || z.startsWith("Pacific/") && !z.equals("Pacific/Auckland"));
        for (String zone : zones) {
                String name = zoneNames.getExemplarLocationName(zone);
                if (name != null && name.length() > 2 && !dateWords.contains(name.toLowerCase(Locale.ROOT))) {
                    names.computeIfAbsent(zone, z -> new HashMap<>())
                            .computeIfAbsent(language, l -> new ArrayList<>()).add(name);
                }
            }
        }
        List<KnowledgeBaseRecord> out = new ArrayList<>();
        names.forEach((zone, byLanguage) -> out.add(new KnowledgeBaseRecord("zone:" + zone, Entity.CITY, byLanguage,
                null, zone, TimeZone.getRegion(zone), null, null, null, null, null, null, null)));
        return out;
    }

    /** Weekday and month names of a language, in every form ICU has. */
    private static Set<String> dateWords(ULocale locale) {
        Set<String> words = new HashSet<>();
        DateFormatSymbols symbols = new DateFormatSymbols(locale);
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                for (String s : symbols.getWeekdays(context, width)) {
                    add(words, s);
                }
                for (String s : symbols.getMonths(context, width)) {
                    add(words, s);
                }
            }
        }
        return words;
    }

    private static void add(Set<String> words, String s) {
        if (s != null && !s.isEmpty()) {
            words.add(s.toLowerCase(Locale.ROOT));
        }
    }
}
