package io.github.attentioncourse.model;

/**
 * SplitMix64 (Steele, Lea and Flood 2014): a seeded random generator whose every number is fixed
 * by the seed. Written out here rather than taken from {@code java.util.random}, so that nothing a
 * JDK changes can change a trained model, and so that its few lines can be checked against the
 * published reference (Vigna's splitmix64.c; see the test).
 */
public final class SplitMix64 {

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1), on the grid of 2⁻⁵³. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), without the bias of a plain remainder. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound is " + bound + ": it must be positive");
        }
        long bits;
        long value;
        do {
            bits = nextLong() >>> 1;
            value = bits % bound;
        } while (bits - value + (bound - 1) < 0);
        return (int) value;
    }

    /** Uniform in [−limit, limit). */
    public double uniform(double limit) {
        return (2 * nextDouble() - 1) * limit;
    }
}
