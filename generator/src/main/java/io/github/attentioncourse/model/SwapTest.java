package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Exchanging two words of a sentence: if a head's attention follows the word to its new place,
 * the head looks for that word, not for a position.
 *
 * @param words       the sentence
 * @param swapped     the sentence with the words at {@code a} and {@code b} exchanged
 * @param a           one swapped position
 * @param b           the other
 * @param query       the position of the word that looks (neither a nor b)
 * @param topBefore   its top key in the sentence
 * @param topAfter    its top key in the swapped sentence
 * @param weightBefore the weight on {@code topBefore}
 * @param weightAfter  the weight, in the swapped sentence, on the word that was the top key, at its new place
 */
public record SwapTest(List<String> words, List<String> swapped, int a, int b, int query, int topBefore, int topAfter,
        double weightBefore, double weightAfter) {

    public SwapTest {
        words = List.copyOf(words);
        swapped = List.copyOf(swapped);
    }

    /** Whether the top key after the swap is the word that was the top key before, at its new place. */
    public boolean follows() {
        return topAfter == moved(topBefore);
    }

    /** Where the word at {@code position} went. */
    public int moved(int position) {
        return position == a ? b : position == b ? a : position;
    }

    /** Runs the head on the sentence and on the sentence with positions {@code a} and {@code b} exchanged. */
    public static SwapTest run(Model model, List<String> words, HeadId head, int query, int a, int b) {
        if (query == a || query == b || a == b) {
            throw new IllegalArgumentException("query " + query + " and swapped positions " + a + ", " + b
                    + ": the two swapped words must differ from each other and from the query");
        }
        List<String> swapped = new ArrayList<>(words);
        swapped.set(a, words.get(b));
        swapped.set(b, words.get(a));
        ForwardTrace before = Forward.run(model.weights(), model.vocabulary().indices(words), model.mask());
        ForwardTrace after = Forward.run(model.weights(), model.vocabulary().indices(swapped), model.mask());
        int top = head.topKey(before, query);
        int moved = top == a ? b : top == b ? a : top;
        return new SwapTest(words, swapped, a, b, query, top, head.topKey(after, query),
                head.weights(before).unsafe_get(query, top), head.weights(after).unsafe_get(query, moved));
    }

    /**
     * Over the held-out sentences with a case of {@code link} and exactly one other word of the
     * link's target kinds (the other noun): exchange the expected word with that one.
     *
     * @return how many such cases there were, and in how many the top key was the expected word before
     *         and after the swap
     */
    public static Survey survey(Model model, HeadId head, Link link) {
        int cases = 0;
        int before = 0;
        int after = 0;
        for (Sentence s : model.corpus().heldOut()) {
            for (Link.Case c : link.cases(s)) {
                int other = otherTarget(s, link, c);
                if (other < 0) {
                    continue;
                }
                SwapTest t = run(model, s.words(), head, c.query(), c.expected(), other);
                cases++;
                before += t.topBefore() == c.expected() ? 1 : 0;
                after += t.topAfter() == other ? 1 : 0;
            }
        }
        return new Survey(cases, before, after);
    }

    /**
     * @param cases  sentences and queries measured
     * @param before how many had the expected word as top key
     * @param after  how many had it as top key after the swap, at its new place
     */
    public record Survey(int cases, int before, int after) {
    }

    private static int otherTarget(Sentence s, Link link, Link.Case c) {
        List<String> kinds = link.keySlots();
        int found = -1;
        for (int i = 0; i < s.slots().size(); i++) {
            if (i != c.expected() && i != c.query() && s.slots().get(i) != null && kinds.contains(s.slots().get(i))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }
}
