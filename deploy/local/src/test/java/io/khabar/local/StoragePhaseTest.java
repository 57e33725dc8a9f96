package io.khabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoragePhaseTest {

    @Test
    void theWaitBetweenCountsIsHalfWhatIsLeftBetweenATenthOfASecondAndTwoSeconds() {
        assertEquals(500, StoragePhase.pause(1_000, 1_000.0), "1 s left: wait half of it");
        assertEquals(2_000, StoragePhase.pause(40_000, 1_000.0), "40 s left: at most 2 s");
        assertEquals(100, StoragePhase.pause(20, 1_000.0), "20 ms left: at least 0.1 s");
        assertEquals(500, StoragePhase.pause(5_000, 0.0), "no rate yet: 0.5 s");
        assertEquals(500, StoragePhase.pause(5_000, Double.NaN), "no time yet: 0.5 s");
    }
}
