package io.khabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void theChildrensTimeIsReadAfterACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (post gres) x) S 1 4242 4242 0 -1 4194560 100 200 0 0 15 7 1234 566 20 0 1 0 99 0 0";
        assertEquals(Duration.ofMillis(18_000), CpuMeter.reapedFromStat(stat), "cutime 1234 + cstime 566 ticks");
    }

    @Test
    void aProcessWithoutAStatFileHasReapedNothing() {
        assertEquals(Duration.ZERO, CpuMeter.reaped(-1));
    }
}
