package io.github.attentioncourse.model;

import io.github.attentioncourse.model.ModelConfig.Masking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a training sentence into what the model reads and what it must predict, for either task. */
final class Batches {

    /**
     * @param input   the tokens the model reads
     * @param targets per position the token to predict, or {@link Backward#NO_TARGET}
     */
    record Example(int[] input, int[] targets) {

        int predicted() {
            int count = 0;
            for (int target : targets) {
                if (target != Backward.NO_TARGET) {
                    count++;
                }
            }
            return count;
        }
    }

    private final List<int[]> sentences;
    private final Map<Integer, List<int[]>> byLength = new TreeMap<>();

    /** @param sentences the training sentences as vocabulary indices, in a fixed order */
    Batches(List<int[]> sentences) {
        this.sentences = List.copyOf(sentences);
        for (int[] sentence : sentences) {
            byLength.computeIfAbsent(sentence.length, n -> new ArrayList<>()).add(sentence);
        }
    }

    /** One sentence drawn uniformly, turned into an example of the config's task. */
    Example draw(ModelConfig config, int maskToken, SplitMix64 random) {
        int[] sentence = sentences.get(random.nextInt(sentences.size()));
        return config.task() == Task.NEXT_WORD ? nextWord(sentence)
                : maskedWord(sentence, config.masking(), maskToken, random);
    }

    /** Next word: read every token, predict the one after each; the last has nothing after it. */
    static Example nextWord(int[] tokens) {
        int[] targets = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            targets[i] = i + 1 < tokens.length ? tokens[i + 1] : Backward.NO_TARGET;
        }
        return new Example(tokens.clone(), targets);
    }

    /**
     * Masked word: each position is chosen with probability {@code share} (one at random if none
     * was), and a chosen one is shown as [MASK], replaced, or unchanged. The replacement is the
     * word another sentence of the same length has in that place, a word that could stand there:
     * BERT replaces with a random word of the vocabulary, which in a small grammar is almost always
     * visibly out of place, so the model would learn to trust every plausible word it sees. A
     * plausible wrong word can only be caught by checking it against the rest of the sentence,
     * and that check is what makes an adjective's attention go to its noun even when the
     * adjective is not hidden. The unchanged share keeps the model from distrusting every word.
     */
    Example maskedWord(int[] tokens, Masking masking, int maskToken, SplitMix64 random) {
        int n = tokens.length;
        int[] input = tokens.clone();
        int[] targets = new int[n];
        boolean[] chosen = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            chosen[i] = random.nextDouble() < masking.share();
            any |= chosen[i];
        }
        if (!any) {
            chosen[random.nextInt(n)] = true;
        }
        for (int i = 0; i < n; i++) {
            targets[i] = chosen[i] ? tokens[i] : Backward.NO_TARGET;
            if (!chosen[i]) {
                continue;
            }
            double u = random.nextDouble();
            if (u < masking.mask()) {
                input[i] = maskToken;
            } else if (u < masking.mask() + masking.replace()) {
                List<int[]> sameLength = byLength.get(n);
                input[i] = sameLength.get(random.nextInt(sameLength.size()))[i];
            }
        }
        return new Example(input, targets);
    }
}
