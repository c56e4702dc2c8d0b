package io.github.attentioncourse.engine;

import java.util.Set;

/** The masks behind {@link Mask}'s factories, as records so that equal masks compare equal. */
final class Masks {

    static final Mask NONE = new None();
    static final Mask CAUSAL = new Causal();

    private Masks() {
    }

    record None() implements Mask {
        @Override
        public boolean visible(int query, int key) {
            return true;
        }

        @Override
        public String name() {
            return "none";
        }
    }

    record Causal() implements Mask {
        @Override
        public boolean visible(int query, int key) {
            return key <= query;
        }

        @Override
        public String name() {
            return "causal";
        }
    }

    record Padding(Set<Integer> paddedKeys) implements Mask {
        Padding {
            paddedKeys = Set.copyOf(paddedKeys);
        }

        @Override
        public boolean visible(int query, int key) {
            return !paddedKeys.contains(key);
        }

        @Override
        public String name() {
            return "padding";
        }
    }
}
