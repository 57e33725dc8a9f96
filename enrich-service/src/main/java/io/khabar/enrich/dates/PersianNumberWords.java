package io.khabar.enrich.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Persian numbers written in words, which news uses for days ("نهم مرداد", "بیست و هفتم خرداد", "هفت اسفند"),
 * spelled-out years ("یک هزار و سیصد و نود و چهار") and counts ("دو روز پیش"). ICU's rule-based number format
 * only formats; it does not parse these reliably in running text, hence the table.
 */
final class PersianNumberWords {

    private static final String[] UNITS = {"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"};
    private static final String[] TEENS = {"ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده",
        "هجده", "نوزده"};
    private static final String[] TENS = {"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"};
    private static final String[] HUNDREDS = {"", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد",
        "هشتصد", "نهصد"};

    /** Every cardinal word with its value; 1000 multiplies what precedes it. */
    private static final Map<String, Integer> CARDINALS = new HashMap<>();
    /** Day numbers 1–31 in words, cardinal and ordinal, keyed without separators. */
    private static final Map<String, Integer> DAYS = new HashMap<>();

    static {
        for (int i = 1; i <= 9; i++) {
            CARDINALS.put(UNITS[i], i);
            CARDINALS.put(HUNDREDS[i], i * 100);
            CARDINALS.put(TENS[i], i * 10);
        }
        for (int i = 0; i < 10; i++) {
            CARDINALS.put(TEENS[i], 10 + i);
        }
        CARDINALS.remove("");
        CARDINALS.put("یکصد", 100);
        CARDINALS.put("هزار", 1000);
        CARDINALS.put("یکهزار", 1000);
        CARDINALS.put("شیش", 6);
        CARDINALS.put("هیجده", 18);
        CARDINALS.put("هیفده", 17);
        CARDINALS.put("پونزده", 15);
        CARDINALS.put("شونزده", 16);
        CARDINALS.put("پونصد", 500);
        for (int d = 1; d <= 31; d++) {
            for (String w : spell(d)) {
                DAYS.put(TrieRegex.key(w), d);
            }
        }
    }

    /** Regex for a day number 1–31 in words. */
    static final String DAY_REGEX = TrieRegex.of(dayWords());
    /** Regex for a number in words of up to eight parts joined by "و". */
    static final String NUMBER_REGEX;

    static {
        String word = TrieRegex.of(CARDINALS.keySet());
        NUMBER_REGEX = "(?:" + word + "(?:" + TrieRegex.OSEP + "(?:\\u0648" + TrieRegex.SEP + ")?" + word
            + "){0,7})";
    }

    private PersianNumberWords() {
    }

    /** The day 1–31 that {@code matched} (a {@link #DAY_REGEX} match) spells, or -1. */
    static int day(CharSequence matched) {
        return DAYS.getOrDefault(TrieRegex.key(matched), -1);
    }

    /** The value of a {@link #NUMBER_REGEX} match, or -1 when it does not parse. */
    static int value(CharSequence matched) {
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String token : matched.toString().split("[ \\u200c]+")) {
            if (token.isEmpty() || token.equals("\u0648")) {
                continue;
            }
            int i = 0;
            while (i < token.length()) {
                int j = token.length();
                while (j > i && !CARDINALS.containsKey(token.substring(i, j))) {
                    j--;
                }
                if (j == i) {
                    return -1;
                }
                int v = CARDINALS.get(token.substring(i, j));
                if (v == 1000) {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                } else {
                    current += v;
                }
                any = true;
                i = j;
            }
        }
        return any ? total + current : -1;
    }

    private static List<String> dayWords() {
        List<String> words = new ArrayList<>();
        for (int d = 1; d <= 31; d++) {
            words.addAll(spell(d));
        }
        return words;
    }

    /** Cardinal and ordinal spellings of 1–31, with " " where a separator may stand. */
    private static List<String> spell(int d) {
        List<String> out = new ArrayList<>();
        String last;
        String head;
        if (d < 10) {
            head = "";
            last = UNITS[d];
        } else if (d < 20) {
            head = "";
            last = TEENS[d - 10];
        } else if (d % 10 == 0) {
            head = "";
            last = TENS[d / 10];
        } else {
            head = TENS[d / 10] + " و ";
            last = UNITS[d % 10];
        }
        out.add(head + last);
        out.add(head + ordinal(last));
        if (d == 1) {
            out.add("اول");
            out.add("نخست");
        }
        if (d == 18) {
            out.add("هیجده");
            out.add("هیجدهم");
        }
        return out;
    }

    private static String ordinal(String cardinal) {
        return switch (cardinal) {
            case "سه" -> "سوم";
            case "سی" -> "سی ام";
            default -> cardinal + "م";
        };
    }
}
