package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small grammar: templates such as {@code the {animal} was {animal-adjective}} whose slots take
 * each word of their lists in turn, and named links between slots (an adjective → the noun it
 * describes) that say which word the lessons expect a head to look at.
 *
 * @param file      grammar.yaml relative to the course root
 * @param slots     slot name → its words, in the file's order
 * @param templates in the file's order
 * @param links     link name → (query slot → the slots of the word it should look at)
 */
public record Grammar(String file, Map<String, List<String>> slots, List<Template> templates,
        Map<String, Map<String, List<String>>> links) {

    /** Most sentences one grammar may make: more would take the trainer minutes only to hash. */
    public static final int MAX_SENTENCES = 100_000;

    public Grammar {
        slots = Map.copyOf(slots);
        templates = List.copyOf(templates);
        links = Map.copyOf(links);
    }

    /**
     * One template: per position a fixed word, or the names of the slots any of whose words may
     * stand there ({@code {animal-adjective|place-adjective}}).
     */
    public record Template(String text, int line, List<List<String>> parts, List<String> fixed) {

        public Template {
            parts = Collections.unmodifiableList(new ArrayList<>(parts));
            fixed = Collections.unmodifiableList(new ArrayList<>(fixed));
        }

        /** How many sentences it makes: the product of its slots' sizes. */
        long count(Map<String, List<String>> slots) {
            long count = 1;
            for (List<String> names : parts) {
                if (names != null) {
                    long words = 0;
                    for (String name : names) {
                        words += slots.get(name).size();
                    }
                    // Saturates instead of overflowing: a hostile grammar must still get its error message.
                    count = words > 0 && count > Long.MAX_VALUE / words ? Long.MAX_VALUE : count * words;
                }
            }
            return count;
        }
    }

    /** Every sentence of every template, template by template, the last slot changing fastest. */
    public List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        for (Template t : templates) {
            expand(t, 0, new ArrayList<>(), new ArrayList<>(), out);
        }
        return out;
    }

    private void expand(Template t, int at, List<String> words, List<String> slotsUsed, List<Sentence> out) {
        if (at == t.parts().size()) {
            out.add(new Sentence(words, slotsUsed, file, t.line()));
            return;
        }
        List<String> names = t.parts().get(at);
        if (names == null) {
            add(t, at, t.fixed().get(at), null, words, slotsUsed, out);
            return;
        }
        for (String name : names) {
            for (String word : slots.get(name)) {
                add(t, at, word, name, words, slotsUsed, out);
            }
        }
    }

    private void add(Template t, int at, String word, String slot, List<String> words, List<String> slotsUsed,
            List<Sentence> out) {
        words.add(word);
        slotsUsed.add(slot);
        expand(t, at + 1, words, slotsUsed, out);
        words.remove(words.size() - 1);
        slotsUsed.remove(slotsUsed.size() - 1);
    }

    /**
     * The slots of a sentence written elsewhere (sentences.txt, held-out.txt, a lesson), from the
     * first template that could have made it; empty if none could.
     */
    public Optional<List<String>> slotsOf(List<String> words) {
        for (Template t : templates) {
            if (t.parts().size() != words.size()) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (int i = 0; i < words.size() && found.size() == i; i++) {
                List<String> names = t.parts().get(i);
                if (names == null) {
                    if (t.fixed().get(i).equals(words.get(i))) {
                        found.add(null);
                    }
                } else {
                    slotOf(names, words.get(i)).ifPresent(found::add);
                }
            }
            if (found.size() == words.size()) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private Optional<String> slotOf(List<String> names, String word) {
        return names.stream().filter(name -> slots.get(name).contains(word)).findFirst();
    }

    /** An empty grammar, for a corpus of plain sentences. */
    static Grammar none() {
        return new Grammar("", new LinkedHashMap<>(), List.of(), Map.of());
    }
}
