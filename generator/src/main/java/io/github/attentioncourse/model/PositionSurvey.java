package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Where each head looks by position, over the sentences a model never saw: how much weight a word
 * gives itself, the word before it, the word after it and the first word of its sentence, against
 * what an even spread over the words it can see would give. A head that gives the first word far
 * more than an even share, whatever that word is, is an attention sink (Xiao et al. 2024); one that
 * looks at the word before is a previous-word head (Clark et al. 2019).
 *
 * @param heads    every head, layer by layer
 * @param causal   whether a word sees only the words before it (and itself): then it sees i + 1 words, never the next
 * @param readings one per held-out sentence: its words and each head's weights on it
 */
public record PositionSurvey(List<HeadId> heads, boolean causal, List<Reading> readings) {

    /** A position relative to the word that looks. */
    public enum Relation {
        ITSELF("itself", "itself"),
        PREVIOUS("previous", "the word before"),
        NEXT("next", "the word after"),
        FIRST("first", "the first word");

        private final String key;
        private final String label;

        Relation(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** The position looked at from query {@code i} of {@code n}, or -1 where there is none to look at. */
        public int key(int i, int n) {
            return switch (this) {
                case ITSELF -> i;
                case PREVIOUS -> i - 1;
                case NEXT -> i + 1 < n ? i + 1 : -1;
                case FIRST -> i > 0 ? 0 : -1;
            };
        }
    }

    /**
     * One sentence.
     *
     * @param words   the sentence as the model reads it
     * @param weights each head's n×n weights, in the order of {@link #heads()}
     */
    public record Reading(List<String> words, List<DMatrixRMaj> weights) {

        public Reading {
            words = List.copyOf(words);
            weights = List.copyOf(weights);
        }
    }

    /**
     * One head and relation over every held-out query that has a word in that relation and may see it.
     *
     * @param cases      how many (sentence, query) pairs
     * @param meanWeight the mean weight on the related word
     * @param evenSpread the mean of 1 / (words the query can see): the weight an even spread would give
     * @param top        in how many the related word had the largest weight
     */
    public record Measure(int cases, double meanWeight, double evenSpread, int top) {

        public double topShare() {
            return cases == 0 ? Double.NaN : (double) top / cases;
        }
    }

    public PositionSurvey {
        heads = List.copyOf(heads);
        readings = List.copyOf(readings);
    }

    /** Every head of the model on every held-out sentence. */
    public static PositionSurvey of(Model model) {
        List<HeadId> heads = new ArrayList<>();
        for (int l = 1; l <= model.config().architecture().layers(); l++) {
            for (int h = 1; h <= model.config().architecture().heads(); h++) {
                heads.add(new HeadId(l, h));
            }
        }
        List<Reading> readings = new ArrayList<>();
        for (Sentence s : model.corpus().heldOut()) {
            ForwardTrace t = model.forward(model.weights(), s.words());
            readings.add(new Reading(s.words(), heads.stream().map(h -> h.weights(t)).toList()));
        }
        return new PositionSurvey(heads, model.config().task() == Task.NEXT_WORD, readings);
    }

    /** The measures by relation of the head at {@code head} in {@link #heads()}. */
    public Map<Relation, Measure> measures(int head) {
        Map<Relation, Measure> measures = new EnumMap<>(Relation.class);
        for (Relation relation : Relation.values()) {
            int cases = 0;
            int top = 0;
            double weight = 0;
            double even = 0;
            for (Reading r : readings) {
                DMatrixRMaj w = r.weights().get(head);
                int n = w.numRows;
                for (int i = 0; i < n; i++) {
                    int j = relation.key(i, n);
                    if (j < 0 || causal && j > i) {
                        continue;
                    }
                    cases++;
                    weight += w.get(i, j);
                    even += 1.0 / (causal ? i + 1 : n);
                    top += topKey(w, i) == j ? 1 : 0;
                }
            }
            measures.put(relation, new Measure(cases, cases == 0 ? Double.NaN : weight / cases,
                    cases == 0 ? Double.NaN : even / cases, top));
        }
        return measures;
    }

    private static int topKey(DMatrixRMaj w, int i) {
        int best = 0;
        for (int k = 1; k < w.numCols; k++) {
            if (w.get(i, k) > w.get(i, best)) {
                best = k;
            }
        }
        return best;
    }
}
