package io.khabar.enrich.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Month and weekday names of every calendar and language the finder reads, taken from ICU's CLDR symbols
 * (format and stand-alone, wide and abbreviated) and widened by the spellings news uses that CLDR does not list.
 * Names are folded like the text; lookups go through {@link TrieRegex#key}.
 */
final class CalendarLexicon {

    /**
     * One month name.
     *
     * @param calendar  persian, gregorian or islamic
     * @param month     1–12
     * @param latin     Latin or Cyrillic script, where "Month day" order occurs and a lone name needs a preposition
     * @param wide      a full name rather than an abbreviation
     * @param bare      may stand alone in Persian/Arabic text without "ماه" or a preposition
     * @param needsYear a common word too ("می", "مه", "آب"), so only a date with a year counts
     */
    record MonthName(String calendar, int month, boolean latin, boolean wide, boolean bare, boolean needsYear) {
    }

    /** Spellings that are also everyday words: only accepted when a year follows. */
    private static final Set<String> NEEDS_YEAR = foldedSet("می", "مه", "آب", "جون", "ماي", "جوان");
    /**
     * Persian/Arabic-script names too ambiguous to stand alone ("مهر" seal, "تیر" arrow, "دی" D, "بهمن" a name);
     * Hijri month names never stand alone ("رمضان" is a first name), they need "ماه" or a day.
     */
    private static final Set<String> NOT_BARE = foldedSet("تیر", "مهر", "آذر", "دی", "بهمن", "آذار", "تموز", "أوت",
        "أيار", "مارس", "مرداد");

    private final Map<String, MonthName> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    CalendarLexicon() {
        ULocale fa = new ULocale("fa");
        addMonths(Candidate.PERSIAN, fa, CalendarConversions.persian(TimeZone.getDefault()));
        // Variants CLDR lacks: the older "امرداد", "اردی بهشت" split like "اردی‌بهشت".
        addMonth(Candidate.PERSIAN, 5, "امرداد", false);
        addMonth(Candidate.PERSIAN, 2, "اردی بهشت", false);
        for (String tag : new String[] {"fa", "ar", "en"}) {
            ULocale l = new ULocale(tag);
            IslamicCalendar islamic = new IslamicCalendar(l);
            islamic.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
            addMonths(Candidate.ISLAMIC, l, islamic);
        }
        String[][] islamicVariants = {{"محرم الحرام"}, {}, {"ربیع الاول", "ربیع الأول"},
            {"ربیع الثانی", "ربیع الاخر", "ربيع الثاني"}, {"جمادی الاولی", "جمادی الاول"},
            {"جمادی الثانیه", "جمادی الاخر", "جمادی الاخره"}, {}, {"شعبان المعظم"}, {"ramadhan", "ramazan"}, {},
            {"ذی القعده", "ذوالقعده", "ذی قعده"}, {"ذی الحجه", "ذوالحجه", "ذی حجه"}};
        for (int m = 0; m < 12; m++) {
            for (String v : islamicVariants[m]) {
                addMonth(Candidate.ISLAMIC, m + 1, v, false);
            }
        }
        // Levantine (ar_SY) and Maghrebi (ar_MA, ar_TN) Arabic month names, French and Austrian German forms.
        for (String tag : new String[] {"fa", "ar", "ar_SY", "ar_MA", "ar_TN", "de", "de_AT", "en", "ru", "fr"}) {
            ULocale l = new ULocale(tag);
            addMonths(Candidate.GREGORIAN, l, new GregorianCalendar(l));
        }
        // Persian spellings of English month names common in Iranian news, and English "Sept".
        String[][] gregorianVariants = {{"ژانویه"}, {"فوریه"}, {}, {"اپریل", "آپریل"}, {"می"}, {"جون"},
            {"جولای", "ژوییه"}, {"آگوست", "اگوست"}, {"sept"}, {}, {}, {}};
        for (int m = 0; m < 12; m++) {
            for (String v : gregorianVariants[m]) {
                addMonth(Candidate.GREGORIAN, m + 1, v, v.equals("sept"));
            }
        }
        addRussianPrepositional();
        for (String tag : new String[] {"fa", "ar", "de", "en", "ru", "fr"}) {
            addWeekdays(new ULocale(tag));
        }
    }

    private static Set<String> foldedSet(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(TrieRegex.key(TextFolding.foldName(w)));
        }
        return Set.copyOf(out);
    }

    MonthName month(CharSequence matched) {
        return months.get(TrieRegex.key(matched));
    }

    DayOfWeek weekday(CharSequence matched) {
        return weekdays.get(TrieRegex.key(matched));
    }

    /** Regex of every month name (folded). */
    String monthRegex() {
        return TrieRegex.of(monthSpellings);
    }

    /** Regex of every weekday name (folded). */
    String weekdayRegex() {
        return TrieRegex.of(weekdaySpellings);
    }

    /** Every month spelling, as anchors. */
    PrefixTrie monthAnchors() {
        Set<String> words = new LinkedHashSet<>(monthSpellings);
        for (String m : monthSpellings) {
            words.add(m + " ماه"); // "اسفندماه"
        }
        return new PrefixTrie(words);
    }

    /** Every weekday spelling, as anchors. */
    PrefixTrie weekdayAnchors() {
        return new PrefixTrie(weekdaySpellings);
    }

    /** Names that two tables gave different meanings; the first table won. Empty in a sound lexicon. */
    List<String> conflicts() {
        return conflicts;
    }

    private final Set<String> monthSpellings = new LinkedHashSet<>();
    private final Set<String> weekdaySpellings = new LinkedHashSet<>();

    private void addMonths(String calendar, ULocale locale, Calendar cal) {
        DateFormatSymbols symbols = new DateFormatSymbols(cal, locale);
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] names = symbols.getMonths(context, width);
                for (int m = 0; m < 12 && m < names.length; m++) {
                    addMonth(calendar, m + 1, names[m], width == DateFormatSymbols.ABBREVIATED);
                }
            }
        }
    }

    private void addMonth(String calendar, int month, String name, boolean abbreviated) {
        String folded = TextFolding.foldName(name.replace("\u0654", ""));
        while (folded.endsWith(".")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        if (folded.isEmpty()) {
            return;
        }
        boolean latin = Character.UnicodeScript.of(folded.codePointAt(0)) != Character.UnicodeScript.ARABIC;
        String key = TrieRegex.key(folded);
        boolean wide = !abbreviated;
        MonthName entry = new MonthName(calendar, month, latin, wide,
            !latin && !NOT_BARE.contains(key) && !NEEDS_YEAR.contains(key) && !Candidate.ISLAMIC.equals(calendar),
            NEEDS_YEAR.contains(key) || latin && Candidate.ISLAMIC.equals(calendar));
        MonthName old = months.get(key);
        if (old == null) {
            months.put(key, entry);
            monthSpellings.add(folded);
        } else if (old.calendar().equals(calendar) && old.month() == month) {
            monthSpellings.add(folded); // same month, another spelling ("اردی بهشت")
            if (!old.wide() && entry.wide()) {
                months.put(key, entry);
            }
        } else {
            conflicts.add(name + ": " + old + " vs " + entry);
        }
    }

    /** "в марте": the prepositional case CLDR does not carry, from the nominative (март → марте, май → мае). */
    private void addRussianPrepositional() {
        ULocale ru = new ULocale("ru");
        String[] nominative = new DateFormatSymbols(new GregorianCalendar(ru), ru)
            .getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
        for (int m = 0; m < 12; m++) {
            String n = nominative[m];
            String stem = n.endsWith("ь") || n.endsWith("й") ? n.substring(0, n.length() - 1) : n;
            addMonth(Candidate.GREGORIAN, m + 1, stem + "е", false);
        }
    }

    private void addWeekdays(ULocale locale) {
        DateFormatSymbols symbols = new DateFormatSymbols(new GregorianCalendar(locale), locale);
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] names = symbols.getWeekdays(context, DateFormatSymbols.WIDE);
            for (int i = Calendar.SUNDAY; i <= Calendar.SATURDAY; i++) {
                DayOfWeek dow = i == Calendar.SUNDAY ? DayOfWeek.SUNDAY : DayOfWeek.of(i - 1);
                String folded = TextFolding.foldName(names[i]);
                addWeekday(folded, dow);
                // Persian compounds with شنبه are written joined, with ZWNJ or with a space: allow all three.
                if (folded.endsWith("شنبه") && folded.length() > 4 && !folded.endsWith(" شنبه")) {
                    addWeekday(folded.substring(0, folded.length() - 4) + " شنبه", dow);
                }
                // Russian "в среду": feminine weekdays take the accusative after в.
                if (locale.getLanguage().equals("ru") && folded.endsWith("а")) {
                    addWeekday(folded.substring(0, folded.length() - 1) + "у", dow);
                }
            }
        }
    }

    private void addWeekday(String folded, DayOfWeek dow) {
        weekdays.putIfAbsent(TrieRegex.key(folded), dow);
        weekdaySpellings.add(folded);
    }
}
