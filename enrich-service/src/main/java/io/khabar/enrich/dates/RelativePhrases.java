package io.khabar.enrich.dates;

import io.khabar.enrich.dates.Resolver.Unit;

/**
 * The fixed relative phrases of each language: "gestern", "هفته گذشته", "на прошлой неделе", "l'année
 * dernière"... with the period each names. Prepositions ("на", "im", "in") stay outside; determiners that are
 * part of the phrase ("la semaine", "l'année") stay inside.
 */
final class RelativePhrases {

    /**
     * What a phrase means.
     *
     * @param unit       the period named
     * @param offset     how many units from the reference's period (negative: past)
     * @param calendar   {@code persian} for Persian months and years (counted in the Jalali calendar), else none
     * @param confidence how sure a match is a date
     */
    record Meaning(Unit unit, int offset, String calendar, double confidence) {
    }

    static final Words<Meaning> PHRASES = new Words<>();

    static {
        day(-2, "پریروز", "پس دیروز", "vorgestern", "the day before yesterday", "позавчера", "أول أمس",
            "avant-hier");
        day(-1, "دیروز", "روز گذشته", "دیشب", "yesterday", "last night", "gestern", "вчера", "أمس", "الأمس",
            "البارحة", "hier");
        // "امروز" and "اليوم" often mean "nowadays" / "the day", "today" and "heute" sometimes: lower confidence.
        PHRASES.putAll(new Meaning(Unit.DAY, 0, Candidate.NONE, 0.6), "امروز", "اليوم");
        PHRASES.putAll(new Meaning(Unit.DAY, 0, Candidate.NONE, 0.8), "امشب", "today", "tonight", "heute",
            "сегодня", "aujourd'hui");
        day(1, "فردا", "tomorrow", "morgen", "завтра", "غدا", "غداً", "غدًا", "demain");
        day(2, "پس فردا", "پسفردا", "übermorgen", "the day after tomorrow", "послезавтра", "بعد غد",
            "après-demain");
        persian("هفته", Unit.WEEK, Candidate.NONE);
        persian("ماه", Unit.MONTH, Candidate.PERSIAN);
        persian("سال", Unit.YEAR, Candidate.PERSIAN);
        put(Unit.YEAR, 0, Candidate.PERSIAN, "امسال");
        put(Unit.YEAR, -1, Candidate.PERSIAN, "پارسال");
        english("week", Unit.WEEK);
        english("month", Unit.MONTH);
        english("year", Unit.YEAR);
        german("woche", Unit.WEEK);
        german("monat", Unit.MONTH);
        german("jahr", Unit.YEAR);
        german("jahres", Unit.YEAR);
        german("monats", Unit.MONTH);
        put(Unit.WEEK, -1, Candidate.NONE, "vorwoche");
        put(Unit.MONTH, -1, Candidate.NONE, "vormonat");
        put(Unit.YEAR, -1, Candidate.NONE, "vorjahr", "vorjahres");
        put(Unit.WEEK, -1, Candidate.NONE, "прошлой неделе", "прошлую неделю", "الأسبوع الماضي",
            "الأسبوع المنصرم", "الأسبوع الفائت", "la semaine dernière", "la semaine passée");
        put(Unit.WEEK, 0, Candidate.NONE, "этой неделе", "эту неделю", "هذا الأسبوع", "الأسبوع الحالي",
            "الأسبوع الجاري", "cette semaine");
        put(Unit.WEEK, 1, Candidate.NONE, "следующей неделе", "следующую неделю", "الأسبوع المقبل",
            "الأسبوع القادم", "la semaine prochaine");
        put(Unit.MONTH, -1, Candidate.NONE, "прошлом месяце", "الشهر الماضي", "الشهر المنصرم", "الشهر الفائت",
            "le mois dernier", "le mois passé");
        put(Unit.MONTH, 0, Candidate.NONE, "этом месяце", "هذا الشهر", "الشهر الحالي", "الشهر الجاري",
            "ce mois-ci");
        put(Unit.MONTH, 1, Candidate.NONE, "следующем месяце", "الشهر المقبل", "الشهر القادم", "le mois prochain");
        put(Unit.YEAR, -1, Candidate.NONE, "прошлом году", "прошлый год", "العام الماضي", "السنة الماضية",
            "العام المنصرم", "العام الفائت", "l'année dernière", "l'an dernier", "l'année passée");
        put(Unit.YEAR, 0, Candidate.NONE, "этом году", "текущем году", "هذا العام", "هذه السنة", "العام الحالي",
            "العام الجاري", "السنة الحالية", "cette année");
        put(Unit.YEAR, 1, Candidate.NONE, "следующем году", "العام المقبل", "العام القادم", "السنة المقبلة",
            "السنة القادمة", "l'année prochaine", "l'an prochain");
    }

    private RelativePhrases() {
    }

    private static void day(int offset, String... phrases) {
        put(Unit.DAY, offset, Candidate.NONE, phrases);
    }

    private static void put(Unit unit, int offset, String calendar, String... phrases) {
        PHRASES.putAll(new Meaning(unit, offset, calendar, unit == Unit.DAY ? 0.9 : 0.85), phrases);
    }

    /** "هفته گذشته", "هفته‌ی پیش", "این هفته", "ماه جاری", "سال آینده"... */
    private static void persian(String noun, Unit unit, String calendar) {
        String[][] modifiers = {{"گذشته", "پیش", "قبل"}, {"جاری"}, {"آینده", "بعد"}};
        for (int i = 0; i < 3; i++) {
            for (String mod : modifiers[i]) {
                put(unit, i - 1, calendar, noun + " " + mod, noun + " ی " + mod);
            }
        }
        if (unit == Unit.WEEK) {
            put(unit, 0, calendar, "این " + noun, "همین " + noun); // "این سال/ماه" is mostly anaphoric
        }
    }

    private static void english(String noun, Unit unit) {
        put(unit, -1, Candidate.NONE, "last " + noun);
        put(unit, 0, Candidate.NONE, "this " + noun);
        put(unit, 1, Candidate.NONE, "next " + noun);
    }

    /** "letzte Woche", "im vergangenen Jahr", "diesen Monat", "nächstes Jahr": every adjective ending. */
    private static void german(String noun, Unit unit) {
        String[][] stems = {{"letzt", "vergangen", "vorig"}, {"dies"}, {"nächst", "kommend"}};
        for (int i = 0; i < 3; i++) {
            for (String stem : stems[i]) {
                for (String ending : new String[] {"e", "en", "er", "es", "em"}) {
                    put(unit, i - 1, Candidate.NONE, stem + ending + " " + noun);
                }
            }
        }
    }
}
