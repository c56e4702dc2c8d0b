package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void givesTheReferenceSequence() {
        // Vigna's splitmix64.c from state 0: the published first outputs.
        SplitMix64 random = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, random.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, random.nextLong());
        assertEquals(0x06C45D188009454FL, random.nextLong());
    }

    @Test
    void drawsWholeNumbersBelowTheBoundAndDoublesBelowOne() {
        SplitMix64 random = new SplitMix64(42);
        int[] counts = new int[3];
        for (int i = 0; i < 30_000; i++) {
            counts[random.nextInt(3)]++;
            double d = random.nextDouble();
            assertTrue(d >= 0 && d < 1, "double " + d);
        }
        for (int count : counts) {
            assertTrue(count > 9_500 && count < 10_500, "uneven draws: " + java.util.Arrays.toString(counts));
        }
    }
}
