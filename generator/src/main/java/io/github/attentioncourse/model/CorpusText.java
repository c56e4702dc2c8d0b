package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.authoring.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a file of plain sentences (sentences.txt, held-out.txt): one per line, {@code #} starts a comment line. */
final class CorpusText {

    /** The longest word: a longer one is a typo or pasted junk, not a word to learn. */
    static final int MAX_WORD = 40;

    private CorpusText() {
    }

    /**
     * Every sentence of the file, with its grammar slots where a template matches it.
     *
     * @param file the file relative to the course root, for messages
     */
    static Result<List<Sentence>> read(String text, String file, Grammar grammar) {
        List<Sentence> sentences = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String problem = lineProblem(line);
            if (problem != null) {
                errors.add(new ContentError(file, i + 1, problem));
                continue;
            }
            List<String> words = Tokenizer.split(line);
            List<String> slots = grammar.slotsOf(words).orElseGet(() -> nulls(words.size()));
            sentences.add(new Sentence(words, slots, file, i + 1));
        }
        return errors.isEmpty() ? Result.of(sentences) : Result.failed(errors);
    }

    /** Why a line cannot be a sentence, or null if it can. */
    static String lineProblem(String line) {
        if (line.indexOf('\t') >= 0) {
            return "the line has a tab; expected words separated by spaces";
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isISOControl(c)) {
                return String.format(Locale.ROOT, "the line has the control character U+%04X; expected printable text",
                        (int) c);
            }
        }
        if (Tokenizer.split(line).contains(Tokenizer.MASK)) {
            return "the line has " + Tokenizer.MASK + ", which the model uses for hidden words; expected plain"
                    + " sentences";
        }
        for (String word : Tokenizer.split(line)) {
            String problem = wordProblem(word);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Why {@code word} cannot be a word of the model, or null if it can. */
    static String wordProblem(String word) {
        int length = word.codePointCount(0, word.length());
        if (length > MAX_WORD) {
            return Nodes.quote(word) + " has " + length + " characters; expected words of at most " + MAX_WORD;
        }
        if (word.indexOf('\t') >= 0) {
            return Nodes.quote(word) + " has a tab; expected one word";
        }
        return null;
    }

    /** The model's form of a single word (lower case), or null if it is not exactly one word. */
    static String word(String text) {
        List<String> words = Tokenizer.split(text);
        return words.size() == 1 && !words.get(0).equals(Tokenizer.MASK) ? words.get(0) : null;
    }

    private static List<String> nulls(int n) {
        List<String> nulls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nulls.add(null);
        }
        return nulls;
    }
}
