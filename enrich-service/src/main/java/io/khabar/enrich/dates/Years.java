package io.khabar.enrich.dates;

/**
 * How a written year is read: era markers ("شمسی", "هـ", "میلادی", "года"), years after a month or "سال", and
 * relative years after a month ("اسفند سال گذشته", "März letzten Jahres").
 */
final class Years {

    /** Era markers and the calendar each names; {@code ""} for markers that name none ("года"). */
    static final Words<String> ERAS = new Words<String>()
        .putAll(Candidate.PERSIAN, "شمسی", "هجری شمسی", "خورشیدی", "هجری خورشیدی", "ه ش", "ه.ش", "ه. ش",
            "هـ ش", "هـ.ش", "هـ. ش")
        .putAll(Candidate.ISLAMIC, "قمری", "هجری قمری", "هجری", "هجرية", "للهجرة", "ه ق", "ه.ق", "ه. ق", "هـ ق",
            "هـ.ق", "هـ. ق", "هـ", "ه", "ah", "a.h.", "a. h.")
        .putAll(Candidate.GREGORIAN, "میلادی", "ميلادية", "للميلاد", "م", "ad", "a.d.", "n. chr.", "n.chr.")
        .putAll("", "года", "году", "год", "г.", "гг.");

    /** Relative years that may follow a month: offset from the reference year, in the month's calendar. */
    static final Words<Integer> RELATIVE = new Words<Integer>()
        .putAll(-1, "سال گذشته", "سال قبل", "سال پیش", "پارسال", "letzten jahres", "vergangenen jahres",
            "vorigen jahres", "last year", "прошлого года", "العام الماضي", "من العام الماضي")
        .putAll(0, "سال جاری", "جاری", "امسال", "همین سال", "dieses jahres", "diesen jahres", "this year", "этого года",
            "текущего года", "العام الجاري", "هذا العام", "من هذا العام")
        .putAll(1, "سال آینده", "سال بعد", "nächsten jahres", "kommenden jahres", "next year",
            "следующего года", "العام المقبل", "العام القادم");

    /** After a month without a year: the last such month before the reference, or the next one after it. */
    static final Words<Integer> DIRECTION = new Words<Integer>()
        .putAll(-1, "گذشته", "dernier", "passé", "прошлого")
        .putAll(1, "آینده", "prochain", "следующего");

    /** Nouns that may stand between a month and its year ("اسفند سال 94"). */
    static final String YEAR_NOUN = Words.rx("سال", "عام", "سنة");

    /**
     * Regex for what may follow a month name: a relative year ("سال گذشته"), a direction ("اسفند گذشته",
     * "mars dernier"), or a year in digits or Persian words with an optional era marker. Groups: yp (all of it),
     * yrel, mdir, yr, yw, era.
     */
    static final String AFTER_MONTH = "(?<yp>[ ,\\u060c\\u200c]{1,3}(?:(?<yrel>" + RELATIVE.regex() + ")"
        + TrieRegex.RB + "|(?<mdir>" + DIRECTION.regex() + ")" + TrieRegex.RB + "|(?:" + YEAR_NOUN + TrieRegex.SEP
        + ")?(?:(?<yr>\\p{Nd}{1,4})" + TrieRegex.NRB + "|(?<yw>" + PersianNumberWords.NUMBER_REGEX + ")"
        + TrieRegex.RB + ")(?:" + TrieRegex.SEP + "(?<era>" + ERAS.regex() + ")" + TrieRegex.RB + ")?))?";

    private Years() {
    }

    /**
     * The full year that {@code digits} digits of value {@code n} mean in {@code calendar}, or -1: four digits as
     * written; two digits only for Jalali ({@link Digits#jalaliTwoDigitYear}); other lengths only with an era.
     */
    static int read(String calendar, int n, int digits, boolean era) {
        if (n < 0) {
            return -1;
        }
        if (digits == 4) {
            return n >= 1000 ? n : -1;
        }
        if (digits == 2 && Candidate.PERSIAN.equals(calendar) && !era) {
            return Digits.jalaliTwoDigitYear(n);
        }
        return era && n > 0 ? n : -1;
    }

    /**
     * A year spelled out in Persian words: four-digit values as they are, and two-digit ones of at least two
     * words ("نود و پنج") as Jalali two-digit years; a lone small word ("سه") is a count, not a year.
     */
    static int readWords(String calendar, String words) {
        int v = PersianNumberWords.value(words);
        if (v >= 1000) {
            return v;
        }
        boolean compound = words.matches(".*[ \\u200c]\u0648[ \\u200c].*");
        return Candidate.PERSIAN.equals(calendar) && compound && v >= 30 && v <= 99 ? Digits.jalaliTwoDigitYear(v) : -1;
    }

    /** Whether a year is plausible in news for {@code calendar} (keeps "5 مهر 9000" out). */
    static boolean plausible(String calendar, int year) {
        return switch (calendar) {
            case Candidate.GREGORIAN -> year >= 1 && year <= 2200;
            case Candidate.PERSIAN -> year >= 1 && year <= 1600;
            case Candidate.ISLAMIC -> year >= 1 && year <= 1650;
            default -> false;
        };
    }
}
