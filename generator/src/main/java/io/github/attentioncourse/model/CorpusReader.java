package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers a model folder's corpus: the sentences grammar.yaml makes and sentences.txt lists,
 * less those set aside for the claims (held-out.txt, and a share picked by each sentence's hash).
 */
final class CorpusReader {

    static final String GRAMMAR = "grammar.yaml";
    static final String SENTENCES = "sentences.txt";
    static final String HELD_OUT = "held-out.txt";

    private CorpusReader() {
    }

    /**
     * @param folder       the model folder
     * @param folderName   its path relative to the course root, with forward slashes
     * @param config       the model's config (context, held-out share, task)
     */
    static Result<Corpus> read(Path folder, String folderName, ModelConfig config) {
        List<ContentError> errors = new ArrayList<>();
        Grammar grammar = Grammar.none();
        if (Files.exists(folder.resolve(GRAMMAR))) {
            Result<String> text = SourceFile.read(folder.resolve(GRAMMAR), folderName + "/" + GRAMMAR);
            Result<Grammar> read = text.ok() ? GrammarYaml.read(text.value(), folderName + "/" + GRAMMAR) : null;
            errors.addAll(text.ok() ? read.errors() : text.errors());
            if (read != null && read.ok()) {
                grammar = read.value();
            }
        }
        List<Sentence> all = new ArrayList<>(grammar.sentences());
        all.addAll(sentences(folder, folderName, SENTENCES, grammar, errors));
        List<Sentence> named = sentences(folder, folderName, HELD_OUT, grammar, errors);
        if (!errors.isEmpty()) {
            return Result.failed(errors);
        }
        return split(all, named, grammar, config, folderName);
    }

    private static List<Sentence> sentences(Path folder, String folderName, String name, Grammar grammar,
            List<ContentError> errors) {
        if (!Files.exists(folder.resolve(name))) {
            return List.of();
        }
        Result<String> text = SourceFile.read(folder.resolve(name), folderName + "/" + name);
        Result<List<Sentence>> read = text.ok() ? CorpusText.read(text.value(), folderName + "/" + name, grammar)
                : null;
        errors.addAll(text.ok() ? read.errors() : text.errors());
        return read != null && read.ok() ? read.value() : List.of();
    }

    private static Result<Corpus> split(List<Sentence> all, List<Sentence> named, Grammar grammar, ModelConfig config,
            String folderName) {
        List<ContentError> errors = new ArrayList<>();
        Map<String, Sentence> heldOut = new LinkedHashMap<>();
        Map<String, Sentence> training = new LinkedHashMap<>();
        for (Sentence s : named) {
            heldOut.putIfAbsent(s.text(), s);
        }
        for (Sentence s : all) {
            if (heldOut.containsKey(s.text()) || training.containsKey(s.text())) {
                continue;
            }
            if (pickedByHash(s.text(), config.heldOut())) {
                heldOut.put(s.text(), s);
            } else {
                training.put(s.text(), s);
            }
        }
        for (Sentence s : concat(training.values(), heldOut.values())) {
            if (s.words().size() > config.architecture().context()) {
                errors.add(new ContentError(s.file(), s.line(), "the sentence '" + s.text() + "' has "
                        + s.words().size() + " words; expected at most " + config.architecture().context()
                        + " (context in model.yaml)"));
            }
        }
        if (training.isEmpty()) {
            errors.add(new ContentError(folderName + "/" + ModelFolder.MODEL_YAML, 1, "the model has no sentences to"
                    + " train on; expected sentences in " + SENTENCES + " (one per line) or templates in " + GRAMMAR));
        }
        Set<String> trained = new TreeSet<>();
        training.values().forEach(s -> trained.addAll(s.words()));
        for (Sentence s : heldOut.values()) {
            for (String word : s.words()) {
                if (!trained.contains(word) && !training.isEmpty()) {
                    errors.add(new ContentError(s.file(), s.line(), "the held-out sentence '" + s.text() + "' has '"
                            + word + "', which no training sentence has; expected held-out sentences made of words "
                            + "the model learns"));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            return Result.failed(dedupe(errors));
        }
        Set<String> words = new TreeSet<>(trained);
        if (config.task() == Task.MASKED_WORD) {
            words.add(Tokenizer.MASK);
        }
        return Result.of(new Corpus(sorted(training.values()), sorted(heldOut.values()), grammar,
                new Vocabulary(words)));
    }

    /**
     * Whether a sentence is held out by its hash: the same sentences whatever the seed, the files'
     * order or the other sentences, so adding a sentence never moves another between the sets.
     */
    static boolean pickedByHash(String text, double share) {
        byte[] hash = Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = bits << 8 | (hash[i] & 0xFF);
        }
        return (bits >>> 11) * 0x1.0p-53 < share;
    }

    private static List<Sentence> sorted(Collection<Sentence> sentences) {
        return sentences.stream().sorted(Comparator.comparing(Sentence::text)).toList();
    }

    private static List<Sentence> concat(Collection<Sentence> a, Collection<Sentence> b) {
        List<Sentence> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** One error per line: a template that makes 500 too-long sentences is one mistake. */
    private static List<ContentError> dedupe(List<ContentError> errors) {
        Map<String, ContentError> first = new LinkedHashMap<>();
        for (ContentError e : errors) {
            first.putIfAbsent(e.file() + ":" + e.line(), e);
        }
        return new ArrayList<>(first.values());
    }
}
