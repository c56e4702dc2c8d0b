package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A link of the grammar, such as {@code describes}: which word each word of some slots refers to.
 *
 * @param name    as grammar.yaml names it
 * @param targets query slot → the slots of the word it refers to
 */
public record Link(String name, Map<String, List<String>> targets) {

    public Link {
        targets = Map.copyOf(targets);
    }

    /** The link {@code name} of the model's grammar, if it has one. */
    public static Optional<Link> of(Model model, String name) {
        Map<String, List<String>> targets = model.corpus().grammar().links().get(name);
        return targets == null ? Optional.empty() : Optional.of(new Link(name, targets));
    }

    /**
     * A query word and the word it refers to in one sentence.
     *
     * @param query    the position of the word that looks
     * @param expected the position of the word it refers to
     */
    public record Case(int query, int expected) {
    }

    /** The cases of this link in a sentence: every word of a query slot whose target slot is filled exactly once. */
    public List<Case> cases(Sentence s) {
        List<Case> cases = new ArrayList<>();
        for (int q = 0; q < s.slots().size(); q++) {
            List<String> keys = s.slots().get(q) == null ? null : targets.get(s.slots().get(q));
            if (keys != null) {
                int k = s.positionOf(keys);
                if (k >= 0 && k != q) {
                    cases.add(new Case(q, k));
                }
            }
        }
        return cases;
    }

    /** Every slot some query can refer to: for a swap, the words of the same kind as an expected one. */
    List<String> keySlots() {
        List<String> all = new ArrayList<>();
        targets.values().forEach(all::addAll);
        return all;
    }
}
