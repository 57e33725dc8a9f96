package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.Mentions.none;

import org.junit.jupiter.api.Test;

/** Things that look a little like dates and are not. */
class NonDatesTest {

    @Test
    void durationsAndAges() {
        none("در ۴۳ سال گذشته کارهای زیادی انجام شد"); // the past 43 years
        none("Sie feierten 30 Jahre diplomatische Beziehungen.");
        none("کودک 8 ساله");
        none("در طول ۴۳ سال");
        none("dans les 10 ans");
        none("تا چند سال گذشته بیمه دولتی بود");
    }

    @Test
    void plainNumbersAreNotYears() {
        none("1402");
        none("کد 1402 ثبت شد");
        none("Es kamen 2023 Besucher");
        none("پژو پارس سال 35 میلیون تومان");
    }

    @Test
    void phoneVersionAndArithmetic() {
        none("Tel. +49 171 1234567");
        none("تلفن 0912 345 6789");
        none("Update auf Version 1.2.3 verfügbar");
        none("IP 192.168.1.1");
        none("2 × 1 =");
        none("Ergebnis 2:1 nach Verlängerung");
    }

    @Test
    void wordsThatOnlyResembleDateWords() {
        none("نماز جمعه در مصلی برگزار شد");
        none("یک جوان ایرانی");
        none("هومن سیدی کارگردان");
        none("فروش سی دی و دی وی دی");
        none("Ich wohne hier seit langem.");
        none("Guten Morgen allerseits");
        none("They may go.");
        none("به گزارش مهر، وزیر گفت");
    }
}
