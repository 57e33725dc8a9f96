package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.Mentions.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines copied from the seed articles (Persian and German news about the same meeting in January 2023). */
class SeedLinesTest {

    private static final String DEY = "19 دی: وزرای دفاع جمهوری اسلامی ایران و جمهوری بلاروس روز دوشنبه در تهران "
        + "تفاهمنامه همکاری دفاعی امضا کردند.";
    private static final String GERMAN = "Die Einverständnisnote wurde am Montag nach einem Treffen in Teheran vom "
        + "iranischen Verteidigungsminister Brigadegeneral Mohammad Reza Ashtiani und seinem belarussischen "
        + "Amtskollegen Viktor Khrenin unterzeichnet." + "\n"
        + "Er fügte hinzu, dass die Gespräche des belarussischen Präsidenten Alexander Lukaschenko mit "
        + "hochrangigen iranischen Regierungsverantwortlichen im März in Teheran und sein Treffen mit dem "
        + "Revolutionsführer Ayatollah Ali Khamenei die Bedeutung von Minsk für die iranische "
        + "Außenpolitik zeigten." + "\n"
        + "Während Lukaschenkos Teheran-Besuch unterzeichneten der iranische Präsident Ebrahim Raisi und "
        + "sein belarussischer Amtskollege acht Abkommen in verschiedenen Bereichen, darunter Handel, "
        + "Transport, Landwirtschaft und Bergbau, im Rahmen eines Kooperationsfahrplans, der 30 Jahre "
        + "diplomatische Beziehungen zwischen den beiden Ländern kennzeichnete.";
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 1, 10);

    @Test
    void withoutReferenceBothAreFoundAndNothingIsInvented() {
        List<DateMention> found = Mentions.FINDER.find(DEY, null);
        assertEquals(2, found.size(), found::toString);
        assertNull(at(found, DEY, "19 دی").value());
        assertNull(at(found, DEY, "روز دوشنبه").value());
    }

    @Test
    void withReferenceBothAreTheNinthOfJanuary() {
        List<DateMention> found = Mentions.FINDER.find(DEY, PUBLISHED);
        assertEquals(2, found.size(), found::toString);
        DateMention dey = at(found, DEY, "19 دی");
        assertEquals("2023-01-09", dey.value());
        assertEquals("persian", dey.calendar());
        assertEquals(0, dey.start());
        DateMention monday = at(found, DEY, "روز دوشنبه");
        assertEquals("2023-01-09", monday.value());
        assertEquals("relative", monday.kind());
    }

    @Test
    void germanSeedHasMondayAndMarchButThirtyYearsIsNoDate() {
        List<DateMention> found = Mentions.FINDER.find(GERMAN, PUBLISHED);
        assertEquals(2, found.size(), found::toString);
        assertEquals("2023-01-09", at(found, GERMAN, "Montag").value());
        // March is more than a month after the reference: the March before it
        assertEquals("2022-03", at(found, GERMAN, "März").value());
    }

    @Test
    void persianLastYearInTheSeedIsTheJalaliYearBefore() {
        String line = "برگزاری پانزدهمین اجلاس کمیسیون مشترک همکاریهای اقتصادی در سال گذشته در مینسک";
        DateMention m = Mentions.one(line, PUBLISHED, "سال گذشته");
        assertEquals("2021", m.value()); // 2023-01-10 is in 1401; 1400 began on 2021-03-21
    }
}
