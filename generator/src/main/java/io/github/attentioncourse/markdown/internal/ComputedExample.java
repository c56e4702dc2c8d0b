package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.example.ExampleSpec;
import io.github.attentioncourse.example.Tokens;
import io.github.attentioncourse.figure.Figures;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.References;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An attention block that parsed cleanly, with its trace. Prose refers to its weights
 * ({@code {{percent|weight|score ID QUERY KEY [HEAD]}}}) and to the key a query looks at most
 * ({@code {{top ID QUERY [HEAD]}}}).
 *
 * @param block  what the figure depends on besides its page, its id and the generator: the block's text,
 *               and for a model example the model's config and corpus (which fix its weights)
 * @param source for a model example, the line that says where its numbers come from; null otherwise
 */
public record ComputedExample(ExampleSpec spec, AttentionTrace trace, String block, String source) implements Computed {

    static final List<String> VERBS = List.of("percent", "weight", "score", "top");

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
        boolean top = verb.equals("top");
        int keyArgs = top ? 0 : 1;
        if (args.size() < 1 + keyArgs || args.size() > 2 + keyArgs) {
            problem.accept("{{" + verb + " " + id() + " …}} has " + (args.size() + 1) + " arguments; expected "
                    + (top ? "{{top ID QUERY [HEAD]}}" : "{{" + verb + " ID QUERY KEY [HEAD]}}"));
            return null;
        }
        int query = Tokens.indexOf(spec.tokens(), args.get(0));
        if (query < 0) {
            problem.accept("'" + args.get(0) + "' is not a query token of example '" + id() + "'; expected one of "
                    + spec.tokens() + " (tok#2 for a second occurrence)");
            return null;
        }
        int key = top ? 0 : Tokens.indexOf(spec.keyTokens(), args.get(1));
        if (key < 0) {
            problem.accept("'" + args.get(1) + "' is not a key token of example '" + id() + "'; expected one of "
                    + spec.keyTokens() + " (tok#2 for a second occurrence)");
            return null;
        }
        int head = 0;
        if (args.size() == 2 + keyArgs) {
            head = head(args.get(1 + keyArgs));
            if (head < 0) {
                problem.accept("'" + args.get(1 + keyArgs) + "' is not a head of example '" + id()
                        + "'; expected a head number from 1 to " + trace.heads().size());
                return null;
            }
        }
        return top ? spec.keyTokens().get(References.topKey(trace, head, query))
                : References.valueOf(verb.toUpperCase(Locale.ROOT)).format(trace, head, query, key);
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
