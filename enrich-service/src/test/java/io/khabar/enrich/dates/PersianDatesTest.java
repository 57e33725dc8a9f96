package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.Mentions.check;
import static io.khabar.enrich.dates.Mentions.icuJalali;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Jalali dates as Persian news writes them, in every digit system and spelling, converted with ICU. */
class PersianDatesTest {

    private static final String P = "persian";

    @Test
    void dayMonthYearInPersianAsciiAndWordDigitsIsTheSameDay() {
        assertEquals("2023-07-31", icuJalali(1402, 5, 9));
        check("جلسه ۹ مرداد ۱۴۰۲ برگزار شد", null, "۹ مرداد ۱۴۰۲", P, "day", "2023-07-31");
        check("جلسه 9 مرداد 1402 برگزار شد", null, "9 مرداد 1402", P, "day", "2023-07-31");
        check("جلسه نهم مرداد ۱۴۰۲ برگزار شد", null, "نهم مرداد ۱۴۰۲", P, "day", "2023-07-31");
        check("در ٩ مرداد ١٤٠٢", null, "٩ مرداد ١٤٠٢", P, "day", "2023-07-31");
        check("روز بیست و هفتم خرداد ماه سال 1366", null, "روز بیست و هفتم خرداد ماه سال 1366", P, "day",
            icuJalali(1366, 3, 27));
    }

    @Test
    void dayMonthYearWithEraMarker() {
        check("در 19 دی 1401 شمسی", null, "19 دی 1401 شمسی", P, "day", icuJalali(1401, 10, 19));
        check("روز 5 خرداد سال 1287 هجری شمسی", null, "روز 5 خرداد سال 1287 هجری شمسی", P, "day",
            icuJalali(1287, 3, 5));
        assertEquals("2023-01-09", icuJalali(1401, 10, 19));
    }

    @Test
    void monthAndYear() {
        // Esfand 1394 runs 2016-02-20 .. 2016-03-19: most of it, and its 15th day, fall in March
        check("تورم اسفند ۱۳۹۴ اعلام شد", null, "اسفند ۱۳۹۴", P, "month", "2016-03");
        check("از اسفند سال 94 تاکنون", null, "اسفند سال 94", P, "month", "2016-03");
        check("اسفندماه ۱۳۹۴", null, "اسفندماه ۱۳۹۴", P, "month", "2016-03");
    }

    @Test
    void dayMonthWithoutYearNeedsTheReference() {
        check("19 دی: وزرای دفاع", LocalDate.of(2023, 1, 10), "19 دی", P, "day", "2023-01-09");
        check("19 دی: وزرای دفاع", null, "19 دی", P, "day", null);
        // reference 2023-01-10 is 20 Dey 1401: 16 Esfand 1401 is in the future beyond a month, so 1400
        check("روز 16 اسفند", LocalDate.of(2023, 1, 10), "روز 16 اسفند", P, "day", icuJalali(1400, 12, 16));
        // ... but a date within the coming month is taken as announced: 5 Bahman 1401
        check("جلسه 5 بهمن برگزار می شود", LocalDate.of(2023, 1, 10), "5 بهمن", P, "day", icuJalali(1401, 11, 5));
    }

    @Test
    void yearAfterSal() {
        check("در سال ۱۴۰۲", null, "سال ۱۴۰۲", P, "year", "2023");
        check("از سال 1329 به بعد", null, "سال 1329 به بعد", P, "year", "1950");
        check("در سال 1345 شمسی", null, "سال 1345 شمسی", P, "year", "1966");
    }

    @Test
    void twoDigitJalaliYearsAfterSal() {
        check("در سال 94", null, "سال 94", P, "year", "2015"); // 1394
        check("در سال ۵۸", null, "سال ۵۸", P, "year", "1979"); // 1358
        check("در سال 02", null, "سال 02", P, "year", "2023"); // 1402
    }

    @Test
    void yearRangesAreIntervals() {
        check("طی سال های 92 تا 94", null, "سال های 92 تا 94", P, "year", "2013/2015");
        check("در سال 1395-96", null, "سال 1395-96", P, "year", "2016/2017");
        check("از سال 2017 تا 2020", null, "سال 2017 تا 2020", "gregorian", "year", "2017/2020");
    }

    @Test
    void numericJalaliDatesInEveryDigitSystem() {
        check("تاریخ 1402/05/09", null, "1402/05/09", P, "day", "2023-07-31");
        check("تاریخ ۱۴۰۲/۰۵/۰۹", null, "۱۴۰۲/۰۵/۰۹", P, "day", "2023-07-31");
        check("تاریخ ١٤٠٢/٠٥/٠٩", null, "١٤٠٢/٠٥/٠٩", P, "day", "2023-07-31");
        check("مصوبه مورخ 95.3.13 هیئت وزیران", null, "95.3.13", P, "day", icuJalali(1395, 3, 13));
        check("عملیات 27/3/66 انجام شد", null, "27/3/66", P, "day", icuJalali(1366, 3, 27));
    }

    @Test
    void zwnjAndArabicLettersAreMatchedToo() {
        check("در اسفند\u200cماه ۱۳۹۴", null, "اسفند\u200cماه ۱۳۹۴", P, "month", "2016-03");
        check("در اسفند ماه ۱۳۹۴", null, "اسفند ماه ۱۳۹۴", P, "month", "2016-03");
        // Arabic yeh in دي and Arabic kaf/yeh in يكشنبه
        check("19 دي 1401", null, "19 دي 1401", P, "day", "2023-01-09");
        check("يكشنبه 11 مهر 1395", null, "يكشنبه 11 مهر 1395", P, "day", icuJalali(1395, 7, 11));
        check("سه\u200cشنبه 11 مهر 1395", null, "سه\u200cشنبه 11 مهر 1395", P, "day", icuJalali(1395, 7, 11));
    }

    @Test
    void monthNameVariants() {
        check("۹ امرداد ۱۴۰۲", null, "۹ امرداد ۱۴۰۲", P, "day", "2023-07-31");
        check("۱ اردیبهشت ۱۴۰۲", null, "۱ اردیبهشت ۱۴۰۲", P, "day", icuJalali(1402, 2, 1));
        check("۱۰ خرداد ۱۴۰۲", null, "۱۰ خرداد ۱۴۰۲", P, "day", icuJalali(1402, 3, 10));
    }

    @Test
    void weekdayBeforeDateIsPartOfIt() {
        check("پنجشنبه 27 خرداد 1395", null, "پنجشنبه 27 خرداد 1395", P, "day", icuJalali(1395, 3, 27));
    }

    @Test
    void dayRangesAreIntervals() {
        check("از 27 تا 30 بهمن ماه سال 94 برگزار شد", null, "27 تا 30 بهمن ماه سال 94", P, "day",
            icuJalali(1394, 11, 27) + "/" + icuJalali(1394, 11, 30));
    }

    @Test
    void yearSpelledOutAndRelativeToTheMonth() {
        check("سیزدهم اردیبهشت نود و پنج", null, "سیزدهم اردیبهشت نود و پنج", P, "day", icuJalali(1395, 2, 13));
        check("هجدهم اسفندماه یک هزار و سیصد و نود و چهار", null, "هجدهم اسفندماه یک هزار و سیصد و نود و چهار", P,
            "day", icuJalali(1394, 12, 18));
        LocalDate ref = LocalDate.of(2023, 8, 2); // 11 Mordad 1402
        check("تا اول آبان ماه جاری", ref, "اول آبان ماه جاری", P, "day", icuJalali(1402, 8, 1));
        check("در خرداد ماه گذشته", ref, "خرداد ماه گذشته", P, "month", "2023-06"); // Khordad 1402
        check("در مهر ماه گذشته", ref, "مهر ماه گذشته", P, "month", "2022-10"); // Mehr 1401
        check("در هفته اول خرداد", ref, "خرداد", P, "month", "2023-06"); // the first week, not the 1st
    }

    @Test
    void noSuchDayIsNoDate() {
        // 1401 is no leap year: Esfand has 29 days
        assertEquals(0, Mentions.FINDER.find("30 اسفند 1401", null).stream()
            .filter(m -> "day".equals(m.granularity())).count());
    }
}
