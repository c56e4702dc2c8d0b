package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One sentence of a corpus, split into the model's words.
 *
 * @param words the words, as {@link Tokenizer} splits them
 * @param slots per word the grammar slot it fills, or null for a fixed word or where no template
 *              of the grammar matches the sentence
 * @param file  where it comes from, relative to the course root
 * @param line  its line there (a grammar template's line for a generated sentence)
 */
public record Sentence(List<String> words, List<String> slots, String file, int line) {

    public Sentence {
        words = List.copyOf(words);
        slots = Collections.unmodifiableList(new ArrayList<>(slots));
        if (slots.size() != words.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + slots.size() + " slots");
        }
    }

    /** The words joined by single spaces: how the sentence is sorted, hashed and shown. */
    public String text() {
        return String.join(" ", words);
    }

    /** The position of the only word filling one of {@code slotNames}, or −1 if none or several do. */
    public int positionOf(List<String> slotNames) {
        int found = -1;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) != null && slotNames.contains(slots.get(i))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }
}
