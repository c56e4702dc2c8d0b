package io.github.attentioncourse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaskTest {

    @Test
    void noneShowsEveryKey() {
        Mask mask = Mask.none();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertTrue(mask.visible(i, j));
            }
        }
    }

    @Test
    void causalShowsOnlyEarlierKeysAndItself() {
        Mask mask = Mask.causal();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(j <= i, mask.visible(i, j), "query " + i + ", key " + j);
            }
        }
    }

    @Test
    void paddingHidesItsKeysFromEveryQuery() {
        Mask mask = Mask.padding(Set.of(1, 3));
        for (int i = 0; i < 5; i++) {
            assertTrue(mask.visible(i, 0));
            assertFalse(mask.visible(i, 1));
            assertTrue(mask.visible(i, 2));
            assertFalse(mask.visible(i, 3));
        }
    }

    @Test
    void paddingIgnoresLaterChangesToItsSet() {
        Set<Integer> padded = new HashSet<>(Set.of(0));
        Mask mask = Mask.padding(padded);
        padded.add(1);
        assertTrue(mask.visible(0, 1));
    }

    @Test
    void namesMatchTheLessonSpelling() {
        assertEquals("none", Mask.none().name());
        assertEquals("causal", Mask.causal().name());
        assertEquals("padding", Mask.padding(Set.of()).name());
    }

    @Test
    void equalMasksCompareEqual() {
        assertEquals(Mask.padding(Set.of(2, 1)), Mask.padding(new HashSet<>(Set.of(1, 2))));
        assertEquals(Mask.causal(), Mask.causal());
    }
}
