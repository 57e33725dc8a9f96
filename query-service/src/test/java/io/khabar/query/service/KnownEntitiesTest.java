package io.khabar.query.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** When a sighting of an entity may be left unwritten: only when the upsert would leave the row as it is. */
class KnownEntitiesTest {

    private static Timestamp day(int d) {
        return Timestamp.valueOf("2024-03-%02d 00:00:00".formatted(d));
    }

    private static KnownEntities known() {
        KnownEntities k = new KnownEntities();
        // the row covers 5 to 10 March, named Alpha (a person of IR) by the sighting of the 10th
        k.remember(Map.of("e", new KnownEntities.Known("person", "Alpha", "IR", day(5), day(10))));
        return k;
    }

    @Test
    void aSightingInsideTheSpanWithTheRowsNamingIsUnchanged() {
        KnownEntities k = known();
        assertTrue(k.unchanged("e", "person", "Alpha", null, day(6), day(9)));
        assertTrue(k.unchanged("e", "person", "Alpha", "IR", day(5), day(10)));
        // before the end, another name is not written by the upsert either
        assertTrue(k.unchanged("e", "organisation", "Beta", null, day(6), day(9)));
    }

    @Test
    void anythingTheUpsertWouldChangeIsWritten() {
        KnownEntities k = known();
        assertFalse(k.unchanged("other", "person", "Alpha", null, day(6), day(9)), "an entity not known");
        assertFalse(k.unchanged("e", "person", "Alpha", null, day(4), day(9)), "earlier than the first sighting");
        assertFalse(k.unchanged("e", "person", "Alpha", null, day(6), day(11)), "later than the last");
        assertFalse(k.unchanged("e", "person", "Gamma", null, day(6), day(10)), "another name at the end");
        assertFalse(k.unchanged("e", "place", "Alpha", null, day(6), day(10)), "another type at the end");
        assertFalse(k.unchanged("e", "person", "Alpha", "TJ", day(6), day(9)), "another country");
    }

    @Test
    void whatWasWrittenWidensTheSpanAndTheLaterSightingNamesIt() {
        KnownEntities k = known();
        k.remember(Map.of("e", new KnownEntities.Known("person", "Beta", null, day(2), day(4))));
        assertTrue(k.unchanged("e", "person", "Alpha", "IR", day(2), day(10)), "span widened, naming kept");
        k.remember(Map.of("e", new KnownEntities.Known("person", "Delta", "TJ", day(12), day(20))));
        assertTrue(k.unchanged("e", "person", "Delta", "TJ", day(3), day(20)));
        assertFalse(k.unchanged("e", "person", "Alpha", null, day(3), day(20)), "the name is now Delta's");
        assertFalse(k.unchanged("e", "person", "Delta", "IR", day(3), day(19)), "the country is now TJ");
    }
}
