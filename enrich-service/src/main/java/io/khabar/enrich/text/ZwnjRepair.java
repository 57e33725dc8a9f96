package io.khabar.enrich.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the zero-width non-joiner (U+200C) that many Persian publishers strip, in the normalised form only.
 * No Java library does this (Lucene's Persian analyser only treats ZWNJ as a token character; hazm, which has a
 * similar step, is Python), so the rules are written here, each one listed in {@link #RULES} and tested on its own.
 * Every rule works on whole words of Persian letters and keeps a list of words it must not split. Only the
 * {@code compound} rule may change more than joiners: it writes the fixed compounds in their standard spelling
 * (گفتگو → گفت‌وگو).
 */
public final class ZwnjRepair {

    static final char ZWNJ = '\u200C';

    /** One rule: its name and what it does, for the README and the payload. */
    public record Rule(String name, String description) {
    }

    public static final List<Rule> RULES = List.of(
            new Rule("mi-prefix", "verb prefix می/نمی before a known verb stem with a person ending: میکند → می‌کند, "
                    + "نمیشود → نمی‌شود"),
            new Rule("plural-ha", "plural ها/های/هایی and their possessive endings: همکاریهای → همکاری‌های"),
            new Rule("heh-ye", "adjective or indefinite ای after a word ending in ه: منطقهای → منطقه‌ای"),
            new Rule("compound", "fixed compounds of the news register: بینالمللی → بین‌المللی, گفتوگو → گفت‌وگو"));

    private static final Pattern WORD = Pattern.compile("[\\u0621-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06CC\\u06C0\\u0622]+");

    /**
     * Present and past stems of the Persian verbs news uses most, each followed by a person ending (or none, for the
     * past third person: می‌کرد): only these make a word after می a verb, so میلادی, میزگرد and میرزایی stay whole.
     */
    private static final Pattern VERB_AFTER_MI = Pattern.compile("(?:کن|کرد|شو|شد|تون|توان|توانست|باش|بود|ده|داد|"
            + "گیر|گرفت|رو|رفت|آی|آمد|گوی|گو|گفت|بر|برد|خواه|خواست|دان|دانست|یاب|یافت|ساز|ساخت|کش|کشید|زن|زد|رس|رسید|"
            + "گذار|گذاشت|گذر|گذشت|دار|داشت|آور|آورد|پذیر|پذیرفت|نویس|نوشت|خور|خورد|بین|دید|گرد|گشت|مان|ماند|پرداز|"
            + "پرداخت|فرست|فرستاد|افت|افتاد|کوش|کوشید|خوان|خواند|نشین|نشست|ایست|ایستاد|پرس|پرسید|شناس|شناخت|فروش|"
            + "فروخت|خر|خرید|جنگ|جنگید|ترس|ترسید|کاه|کاست|افزا|افزای|افزود|انداز|انداخت|سوز|سوخت|بخش|بخشید|طلب|طلبید|"
            + "اندیش|اندیشید|نما|نمای|نمود|گشا|گشای|گشود|شکن|شکست|بند|بست|ریز|ریخت|پوش|پوشید|چرخ|چرخید|لرز|لرزید|"
            + "خند|خندید|گری|گریست|ورز|ورزید|پای|پایید|جوی|جست|بار|بارید|پیوند|پیوست|رسان|رساند|گردان|گرداند|"
            + "کشان|کشاند|نشان|نشاند|خوابان|خواب|خوابید)(?:م|ی|د|یم|ید|ند|ست)?");

    /** Words that begin with می but are not verbs: میلیون (million), میز (table), مینسک (Minsk), ... */
    private static final Set<String> NOT_MI_VERBS = Set.of("میلیون", "میلیارد", "میلاد", "میعاد", "میدان", "میان",
            "میز", "میزان", "میزبان", "میهمان", "میهن", "مینسک", "میرزا", "میراث", "میوه", "میل", "میلی", "میانه",
            "میانجی", "میکروب", "میکرو", "مینا", "میخ", "میش", "میمون", "میگو", "میترا", "میشل", "میخائیل", "میر",
            "میرحسین", "میانمار", "میامی", "میسی", "میشیگان", "میکائیل", "میثاق", "میهنی", "میدانی", "میزبانی",
            "میهمانی", "میلیونی", "میلیاردی", "میراثی", "میانگین", "میانی");

    /** Words ending in ها that are not plurals: تنها (only), رها (free), بها (price), ... */
    private static final Set<String> NOT_PLURALS = Set.of("تنها", "رها", "بها", "اینها", "آنها", "نها", "شها",
            "انتها", "انتهای", "انتهایی", "منتها", "منتهای", "ابتها", "اشتها", "اشتهای", "کهربا",
            "سها", "مها", "کها", "گها", "فقها", "ابها", "اشتباها", "اژدها", "بهای", "تنهای", "رهای", "تنهایی",
            "رهایی");

    /** Words ending in ه that take ای as their own adjective or indefinite: منطقه‌ای, هسته‌ای, ... */
    private static final Set<String> HEH_WORDS = Set.of("منطقه", "ویژه", "هسته", "رسانه", "حرفه", "شبکه", "دوره",
            "لحظه", "مرحله", "گسترده", "عمده", "برنامه", "جامعه", "خانه", "مقاله", "نامه", "پایه", "سرمایه", "حادثه",
            "فاصله", "ماهواره", "قاره", "ستاره", "اداره", "مجموعه", "عرصه", "زمینه", "گونه", "نقطه", "قطعه", "پرونده",
            "نماینده", "آینده", "سازنده", "ارزنده", "کننده", "فزاینده", "برجسته", "پیوسته", "گذشته", "خسته", "شایسته",
            "وابسته", "تازه", "اندازه", "چهره", "لایحه", "بودجه", "نتیجه", "وظیفه", "سابقه", "رابطه", "معاهده", "مذاکره",
            "پروژه", "کره", "جزیره", "محاصره", "مسابقه", "توسعه", "مقایسه", "روزه", "ساله", "ماهه", "جانبه");

    private static final Pattern PLURAL = Pattern.compile("(.{2,}?)(ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان)");
    private static final Pattern HEH_YE = Pattern.compile("(.+ه)(ای|ایی)");

    private static final List<String[]> COMPOUNDS = List.of(
            new String[] {"بینالملل", "بین\u200Cالملل"},
            new String[] {"گفتوگو", "گفت\u200Cوگو"},
            new String[] {"گفتگو", "گفت\u200Cوگو"},
            new String[] {"همافزایی", "هم\u200Cافزایی"},
            new String[] {"بهویژه", "به\u200Cویژه"},
            new String[] {"بهصورت", "به\u200Cصورت"},
            new String[] {"بهعنوان", "به\u200Cعنوان"},
            new String[] {"بهسرعت", "به\u200Cسرعت"},
            new String[] {"مسالمتآمیز", "مسالمت\u200Cآمیز"},
            new String[] {"نشاندهنده", "نشان\u200Cدهنده"},
            new String[] {"چشمانداز", "چشم\u200Cانداز"},
            new String[] {"تکقطبی", "تک\u200Cقطبی"},
            new String[] {"چندقطبی", "چند\u200Cقطبی"});

    private ZwnjRepair() {
    }

    /** The text with ZWNJ put back where a rule is sure; letters are never changed, only joiners inserted. */
    public static String repair(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group();
            String fixed = word(word);
            if (!fixed.equals(word)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 64);
                }
                out.append(text, last, m.start()).append(fixed);
                last = m.end();
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** One word, rules in order: compounds, mi-prefix, heh-ye, plural-ha. */
    static String word(String w) {
        if (w.length() >= 5) {
            for (String[] c : COMPOUNDS) {
                if (w.contains(c[0])) {
                    return w.replace(c[0], c[1]);
                }
            }
        }
        if (w.length() < 4) {
            return w;
        }
        String prefix = w.startsWith("نمی") ? "نمی" : w.startsWith("می") ? "می" : null;
        if (prefix != null && !NOT_MI_VERBS.contains(w) && w.length() >= prefix.length() + 2
                && VERB_AFTER_MI.matcher(w.substring(prefix.length())).matches()) {
            return prefix + ZWNJ + w.substring(prefix.length());
        }
        if (w.endsWith("ای") || w.endsWith("ایی")) {
            Matcher h = HEH_YE.matcher(w);
            if (h.matches() && HEH_WORDS.contains(h.group(1))) {
                return h.group(1) + ZWNJ + h.group(2);
            }
        }
        if (!w.contains("ها")) { // the plural rule's suffixes all start with ها
            return w;
        }
        Matcher p = PLURAL.matcher(w);
        if (p.matches() && !NOT_PLURALS.contains(w) && p.group(1).length() >= 2 && !p.group(1).endsWith("ه")
                || p.matches() && p.group(1).endsWith("ه") && p.group(1).length() >= 3 && !NOT_PLURALS.contains(w)) {
            return p.group(1) + ZWNJ + p.group(2);
        }
        return w;
    }
}
