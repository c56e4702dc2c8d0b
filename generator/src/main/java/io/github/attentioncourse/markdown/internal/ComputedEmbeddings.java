package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.figure.EmbeddingsFigure;
import io.github.attentioncourse.figure.EmbeddingsFigure.Space;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.Tokenizer;
import io.github.attentioncourse.model.WordSpace;
import java.util.List;
import java.util.function.Consumer;

/**
 * An {@code embeddings} block, measured. Prose refers to {@code {{nearest ID WORD}}} (the shown
 * word's nearest word; {@code {{nearest ID WORD 2}}} the second nearest), {@code {{cosine ID A B}}}
 * (any two words of the model), {@code {{grouped ID}}} and {@code {{grouped-in-picture ID}}} (how
 * many shown words have, of the other shown words, one of their own group nearest: by cosine over
 * every dimension, and in the picture), {@code {{shown ID}}}, {@code {{dimensions ID}}},
 * {@code {{vocabulary ID}}} (how many words the model knows), {@code {{kept ID}}} (the share of the
 * spread the picture keeps) and {@code {{variance ID 1}}} (one component's share).
 */
record ComputedEmbeddings(String id, int idLine, boolean idDefaulted, String fingerprint, Space space, String source,
        String caption) implements Computed {

    @Override
    public List<String> verbs() {
        return EmbeddingsBlock.VERBS;
    }

    @Override
    public String reference(String verb, List<String> args, Consumer<String> problem) {
        return switch (verb) {
            case "nearest" -> nearest(args, problem);
            case "cosine" -> cosine(args, problem);
            case "variance" -> variance(args, problem);
            default -> args.isEmpty() ? whole(verb)
                    : ReferenceSubstitution.wrongArguments(verb, id, args, "{{" + verb + " ID}}", problem);
        };
    }

    private String whole(String verb) {
        return switch (verb) {
            case "grouped" -> Integer.toString(space.grouped());
            case "grouped-in-picture" -> Integer.toString(space.groupedInPicture());
            case "shown" -> Integer.toString(space.words().size());
            case "kept" -> Weights.percent(space.kept());
            case "vocabulary" -> Integer.toString(space.vocabulary().size());
            default -> Integer.toString(space.dimensions());
        };
    }

    private String nearest(List<String> args, Consumer<String> problem) {
        int k = space.neighbours().get(0).size();
        if (args.isEmpty() || args.size() > 2) {
            return ReferenceSubstitution.wrongArguments("nearest", id, args, "{{nearest ID WORD}} or {{nearest ID WORD N}}, N from 1 to " + k,
                    problem);
        }
        int at = space.words().indexOf(args.get(0));
        if (at < 0) {
            problem.accept("'" + args.get(0) + "' is not a word of block " + id + "; expected one of: "
                    + String.join(", ", space.words()));
            return null;
        }
        int n = args.size() == 1 ? 1 : rank(args.get(1), k);
        if (n < 1) {
            problem.accept("'" + args.get(1) + "' is not a rank the block lists; expected a whole number from 1 to " + k
                    + " (its neighbours: key)");
            return null;
        }
        return space.neighbours().get(at).get(n - 1).word();
    }

    private static int rank(String text, int max) {
        try {
            int n = Integer.parseInt(text);
            return n >= 1 && n <= max ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String cosine(List<String> args, Consumer<String> problem) {
        if (args.size() != 2) {
            return ReferenceSubstitution.wrongArguments("cosine", id, args, "{{cosine ID WORD OTHER}}", problem);
        }
        for (String word : args) {
            if (!space.vocabulary().contains(word) || word.equals(Tokenizer.MASK)) {
                problem.accept("'" + word + "' is not a word of model " + space.model() + "; expected a word it knows, in lower case");
                return null;
            }
        }
        return Numbers.fixed(WordSpace.cosine(space.vector(args.get(0)), space.vector(args.get(1))), 2);
    }

    private String variance(List<String> args, Consumer<String> problem) {
        if (args.size() != 1 || !args.get(0).equals("1") && !args.get(0).equals("2")) {
            problem.accept("{{variance " + id + " …}} needs the component, 1 or 2; expected {{variance ID 1}} or {{variance ID 2}}");
            return null;
        }
        return Weights.percent(space.pca().share(Integer.parseInt(args.get(0)) - 1));
    }

    @Override
    public Figure figure(String jsonFile) {
        return EmbeddingsFigure.render(id, space, source, caption, jsonFile);
    }
}
