package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.example.ExampleSpec;
import io.github.attentioncourse.example.Tokens;
import io.github.attentioncourse.figure.Figures;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.References;
import io.github.attentioncourse.figure.References.Cell;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An attention block that parsed cleanly, with its trace. Prose refers to its weights
 * ({@code {{percent|weight|score ID QUERY KEY [HEAD]}}}), to the key a query looks at most
 * ({@code {{top ID QUERY [HEAD]}}}) and to an embedding as the block writes it
 * ({@code {{vector ID TOKEN}}}); {@link Comparison} sets two of its numbers side by side.
 *
 * @param block  what the figure depends on besides its page, its id and the generator: the block's text,
 *               and for a model example the model's config and corpus (which fix its weights)
 * @param source for a model example, the line that says where its numbers come from; null otherwise
 */
public record ComputedExample(ExampleSpec spec, AttentionTrace trace, String block, String source) implements Computed {

    static final List<String> VERBS = List.of("percent", "weight", "score", "top", "vector");

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public int idLine() {
        return spec.idLine();
    }

    @Override
    public boolean idDefaulted() {
        return spec.idDefaulted();
    }

    @Override
    public String fingerprint() {
        return block;
    }

    @Override
    public List<String> verbs() {
        return VERBS;
    }

    @Override
    public String reference(String verb, List<String> args, Consumer<String> problem) {
        if (verb.equals("vector")) {
            return vector(args, problem);
        }
        boolean top = verb.equals("top");
        int given = args.size() - (top ? 1 : 2);
        if (given != 0 && given != 1) {
            problem.accept("{{" + verb + " " + id() + " …}} has " + Nodes.count(args.size() + 1, "argument") + "; expected "
                    + (top ? "{{top ID QUERY [HEAD]}}" : "{{" + verb + " ID QUERY KEY [HEAD]}}"));
            return null;
        }
        Cell cell = cell(args, !top, given == 1, problem);
        if (cell == null) {
            return null;
        }
        return top ? spec.keyTokens().get(References.topKey(trace, cell.head(), cell.query()))
                : References.valueOf(verb.toUpperCase(Locale.ROOT)).format(trace, cell.head(), cell.query(), cell.key());
    }

    /**
     * The number that {@code QUERY [KEY] [HEAD]} names in this example, or null after telling
     * {@code problem} what is wrong.
     *
     * @param words   QUERY, then KEY when {@code withKey}, then HEAD when {@code withHead}
     */
    Cell cell(List<String> words, boolean withKey, boolean withHead, Consumer<String> problem) {
        int query = Tokens.indexOf(spec.tokens(), words.get(0));
        if (query < 0) {
            problem.accept("'" + words.get(0) + "' is not a query token of example '" + id() + "'; expected one of "
                    + spec.tokens() + " (tok#2 for a second occurrence)");
            return null;
        }
        int key = withKey ? Tokens.indexOf(spec.keyTokens(), words.get(1)) : 0;
        if (key < 0) {
            problem.accept("'" + words.get(1) + "' is not a key token of example '" + id() + "'; expected one of "
                    + spec.keyTokens() + " (tok#2 for a second occurrence)");
            return null;
        }
        int head = 0;
        if (withHead) {
            String word = words.get(withKey ? 2 : 1);
            head = head(word);
            if (head < 0) {
                problem.accept("'" + word + "' is not a head of example '" + id() + "'; expected a head number from 1 to "
                        + trace.heads().size());
                return null;
            }
        }
        return new Cell(trace, head, query, key);
    }

    private String vector(List<String> args, Consumer<String> problem) {
        if (args.size() != 1) {
            problem.accept("{{vector " + id() + " …}} has " + Nodes.count(args.size() + 1, "argument") + "; expected {{vector ID TOKEN}}");
            return null;
        }
        if (spec.fromModel()) {
            problem.accept("example '" + id() + "' takes its inputs from model " + spec.model().name()
                    + ", whose vectors differ from position to position; expected an example whose embeddings its block writes");
            return null;
        }
        String token = token(spec.tokens(), args.get(0));
        token = token != null ? token : token(spec.contextTokens(), args.get(0));
        if (token == null) {
            Set<String> all = new LinkedHashSet<>(spec.tokens());
            all.addAll(spec.contextTokens());
            problem.accept("'" + args.get(0) + "' is not a token of example '" + id() + "'; expected one of " + all
                    + " (tok#2 for a second occurrence)");
            return null;
        }
        return References.vector(spec.embeddings().get(token));
    }

    /** The token a word names, {@code tok} or {@code tok#k}, or null. */
    private static String token(List<String> tokens, String word) {
        int index = Tokens.indexOf(tokens, word);
        return index < 0 ? null : tokens.get(index);
    }

    private int head(String word) {
        try {
            int head = Integer.parseInt(word);
            return head >= 1 && head <= trace.heads().size() ? head - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public Figure figure(String jsonFile) {
        return Figures.render(spec, trace, jsonFile, source);
    }
}
