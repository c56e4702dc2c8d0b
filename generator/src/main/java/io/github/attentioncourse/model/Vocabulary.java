package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.Keys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The words the model knows, sorted by their UTF-16 code units (as {@link String#compareTo}
 * does, whatever the locale), so that the same corpus gives the same indices everywhere.
 */
public final class Vocabulary {

    private final List<String> words;
    private final Map<String, Integer> index = new HashMap<>();

    public Vocabulary(Collection<String> words) {
        this.words = List.copyOf(new TreeSet<>(words));
        for (int i = 0; i < this.words.size(); i++) {
            index.put(this.words.get(i), i);
        }
    }

    public int size() {
        return words.size();
    }

    public String word(int index) {
        return words.get(index);
    }

    public List<String> words() {
        return words;
    }

    public Optional<Integer> indexOf(String word) {
        return Optional.ofNullable(index.get(word));
    }

    public boolean contains(String word) {
        return index.containsKey(word);
    }

    /** The index of each word; every word must be known (check with {@link #unknown}). */
    public int[] indices(List<String> sentence) {
        int[] indices = new int[sentence.size()];
        for (int i = 0; i < indices.length; i++) {
            Integer at = index.get(sentence.get(i));
            if (at == null) {
                throw new IllegalArgumentException("'" + sentence.get(i) + "' is not in the vocabulary");
            }
            indices[i] = at;
        }
        return indices;
    }

    /** The words of {@code sentence} that the model does not know, each once, in order. */
    public List<String> unknown(List<String> sentence) {
        List<String> unknown = new ArrayList<>();
        for (String word : sentence) {
            if (!contains(word) && !unknown.contains(word)) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    /**
     * Up to {@code max} known words closest to {@code word} by edit distance (Levenshtein), nearest
     * first and alphabetically among equals; the mask token is never suggested.
     */
    public List<String> closest(String word, int max) {
        record Candidate(String word, int distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String known : words) {
            if (!known.equals(Tokenizer.MASK)) {
                candidates.add(new Candidate(known, Keys.distance(word, known)));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::word));
        return candidates.stream().limit(max).map(Candidate::word).toList();
    }
}
