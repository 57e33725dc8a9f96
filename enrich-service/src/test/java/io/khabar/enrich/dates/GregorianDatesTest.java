package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.Mentions.check;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Gregorian dates in German, English, Russian, Arabic, French and Persian. */
class GregorianDatesTest {

    private static final String G = "gregorian";
    private static final LocalDate REF = LocalDate.of(2023, 8, 2);

    @Test
    void german() {
        check("Am 31. Juli 2023 trafen sie sich.", null, "31. Juli 2023", G, "day", "2023-07-31");
        check("Stand: 31.07.2023", null, "31.07.2023", G, "day", "2023-07-31");
        check("Sie trafen sich am 31. Juli in Berlin.", REF, "31. Juli", G, "day", "2023-07-31");
        check("Sie trafen sich am 31. Juli in Berlin.", null, "31. Juli", G, "day", null);
        check("Er war im März in Teheran.", REF, "März", G, "month", "2023-03");
        check("Er war im März in Teheran.", null, "März", G, "month", null);
        check("Seit März 2022 gilt das.", null, "März 2022", G, "month", "2022-03");
        check("Im Jahr 2023 wuchs es.", null, "Jahr 2023", G, "year", "2023");
        check("am 3. Jänner 2023", null, "3. Jänner 2023", G, "day", "2023-01-03");
    }

    @Test
    void english() {
        check("On July 31, 2023 they met.", null, "July 31, 2023", G, "day", "2023-07-31");
        check("On 31 July 2023 they met.", null, "31 July 2023", G, "day", "2023-07-31");
        check("Published Jul 31 by Reuters", REF, "Jul 31", G, "day", "2023-07-31");
        check("Updated 2023-07-31.", null, "2023-07-31", G, "day", "2023-07-31");
        check("Due Sept. 5, 2023.", null, "Sept. 5, 2023", G, "day", "2023-09-05");
        check("Growth slowed in 2023.", null, "2023", G, "year", "2023");
        check("It happened in March.", REF, "March", G, "month", "2023-03");
    }

    @Test
    void russianWithGenitiveMonths() {
        check("31 июля 2023 года стороны подписали", null, "31 июля 2023 года", G, "day", "2023-07-31");
        check("Встреча 31 июля прошла", REF, "31 июля", G, "day", "2023-07-31");
        check("Это было в марте.", REF, "марте", G, "month", "2023-03");
        check("в 2023 году", null, "2023 году", G, "year", "2023");
    }

    @Test
    void arabicWithStandardAndLevantineMonths() {
        check("في 31 يوليو 2023 وقع", null, "31 يوليو 2023", G, "day", "2023-07-31");
        check("في 31 تموز 2023 وقع", null, "31 تموز 2023", G, "day", "2023-07-31");
        check("في 31 أغسطس 2023", null, "31 أغسطس 2023", G, "day", "2023-08-31");
    }

    @Test
    void french() {
        check("Le 31 juillet 2023, ils", null, "31 juillet 2023", G, "day", "2023-07-31");
        check("ils se sont vus le 31 juillet", REF, "31 juillet", G, "day", "2023-07-31");
        check("le 1er août 2023", null, "1er août 2023", G, "day", "2023-08-01");
    }

    @Test
    void gregorianDatesWrittenInPersian() {
        check("در ۳۱ ژوئیه ۲۰۲۳ امضا شد", null, "۳۱ ژوئیه ۲۰۲۳", G, "day", "2023-07-31");
        check("در سال ۲۰۲۳", null, "سال ۲۰۲۳", G, "year", "2023");
        check("در سال 1994 میلادی", null, "سال 1994 میلادی", G, "year", "1994");
        check("در سال 1994", null, "سال 1994", G, "year", "1994");
        check("از ماه فوریه", REF, "ماه فوریه", G, "month", "2023-02");
    }

    @Test
    void rangesAndDirections() {
        check("vom 1. bis 3. Juli 2023", null, "1. bis 3. Juli 2023", G, "day", "2023-07-01/2023-07-03");
        check("depuis mars dernier", REF, "mars dernier", G, "month", "2023-03");
    }

    @Test
    void monthNamesAreCaseInsensitive() {
        check("31 JULI 2023", null, "31 JULI 2023", G, "day", "2023-07-31");
    }

    @Test
    void decades() {
        check("in the 1990s", null, "1990s", G, "decade", "199");
        check("in den 1990er Jahren", null, "1990er Jahren", G, "decade", "199");
    }
}
