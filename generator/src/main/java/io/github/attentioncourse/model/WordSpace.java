package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A model's words as points: the rows of its embedding table E, compared by cosine similarity,
 * cos(a, b) = a·b ÷ (‖a‖‖b‖), which says how alike two directions are whatever the vectors' lengths.
 */
public final class WordSpace {

    /** A word of the vocabulary and its cosine similarity to the word it neighbours. */
    public record Neighbour(String word, double cosine) {
    }

    private WordSpace() {
    }

    /** The word's row of E (1×d_model), copied; the word must be known. */
    public static double[] vector(Model model, String word) {
        DMatrixRMaj e = model.weights().tokenEmbedding();
        int row = model.vocabulary().indexOf(word).orElseThrow(() -> new IllegalArgumentException(word + " is not known"));
        double[] v = new double[e.numCols];
        for (int j = 0; j < v.length; j++) {
            v[j] = e.unsafe_get(row, j);
        }
        return v;
    }

    /** a·b ÷ (‖a‖‖b‖), summed in index order; 0 when either vector is all zeros. */
    public static double cosine(double[] a, double[] b) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            aa += a[j] * a[j];
            bb += b[j] * b[j];
        }
        return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
    }

    /**
     * The {@code k} words of the vocabulary whose vectors are most alike the word's, most alike first
     * (alphabetical among equals); never the word itself, nor [MASK], which stands for no word.
     */
    public static List<Neighbour> nearest(Model model, String word, int k) {
        double[] v = vector(model, word);
        List<Neighbour> all = new ArrayList<>();
        for (String other : model.vocabulary().words()) {
            if (!other.equals(word) && !other.equals(Tokenizer.MASK)) {
                all.add(new Neighbour(other, cosine(v, vector(model, other))));
            }
        }
        all.sort(Comparator.comparingDouble(Neighbour::cosine).reversed().thenComparing(Neighbour::word));
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }
}
