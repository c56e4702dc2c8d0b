package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.chart.ScatterData;
import io.github.attentioncourse.figure.EmbeddingsFigure;
import io.github.attentioncourse.figure.EmbeddingsFigure.Group;
import io.github.attentioncourse.figure.EmbeddingsFigure.Space;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.PrincipalComponents;
import io.github.attentioncourse.model.Tokenized;
import io.github.attentioncourse.model.Tokenizer;
import io.github.attentioncourse.model.WordSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * An {@code embeddings} block: a trained model's word vectors for some of its words, in groups;
 * each word's nearest words by cosine similarity, and the words placed by the first two principal
 * components of their vectors. Every claim a lesson makes about what the vectors show is a
 * reference to these numbers (see {@link ComputedEmbeddings}).
 */
final class EmbeddingsBlock {

    static final String INFO = "embeddings";
    static final List<String> VERBS = List.of("nearest", "cosine", "grouped", "grouped-in-picture", "shown", "kept",
            "variance", "dimensions", "vocabulary");
    static final int MIN_WORDS = 3;
    static final int MAX_WORDS = 40;
    static final int MAX_NEIGHBOURS = 5;
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "2 levels (the block's keys, groups of words)");
    private static final List<String> OWN_KEYS = List.of("words", "groups", "neighbours");
    private static final String EXPECTED = "keys model (a folder under content/models), words (a list of its words) or groups"
            + " (names, each with a list of words), and optionally neighbours, id and caption";

    private EmbeddingsBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN_KEYS, EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        YamlBlock block = keys.block();
        Optional<Model> model = Optional.ofNullable(keys.model());
        Entry words = keys.fields().get("words");
        Entry groups = keys.fields().get("groups");
        boolean meant = keys.fields().meant().contains("words") || keys.fields().meant().contains("groups");
        if (words == null && groups == null && !meant) {
            block.atFence("the block has neither words nor groups; expected " + EXPECTED);
        } else if (words != null && groups != null) {
            block.at(groups.keyNode(), "the block has both words and groups; expected one of them: words for one list,"
                    + " groups for several named lists");
        }
        Entry neighbours = keys.fields().get("neighbours");
        int k = neighbours == null ? 3 : (int) Nodes.whole(neighbours.value(), "neighbours", 1, MAX_NEIGHBOURS, block);
        if (model.isEmpty() || (words == null) == (groups == null)) {
            return null;
        }
        List<Group> read = words != null ? List.of(new Group("words", wordList(words.value(), words.keyNode(), "words", model.get(), block)))
                : groups(groups, model.get(), block);
        if (!keys.ok()) {
            return null;
        }
        checkCount(read, keys, words != null ? words : groups);
        if (!keys.ok()) {
            return null;
        }
        Model m = model.get();
        Space space = models.measured(m.name() + "/embeddings/" + k + "/" + read, () -> measure(m, read, k));
        return new ComputedEmbeddings(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models),
                space, ModelExamples.learned(m) + "’s word vectors (rows of its embedding table).", keys.caption());
    }

    private static List<Group> groups(Entry entry, Model model, YamlBlock block) {
        if (!(entry.value() instanceof MappingNode mapping)) {
            block.at(entry.keyNode(), "groups is " + Nodes.describe(entry.value()) + "; expected names, each with a list"
                    + " of words, such as 'animals: [dog, cat]' on the next line, indented");
            return List.of();
        }
        List<Group> groups = new ArrayList<>();
        Map<String, Entry> named = block.entries(mapping, "groups");
        for (Entry group : named.values()) {
            groups.add(new Group(group.key(), wordList(group.value(), group.keyNode(), "the group " + Nodes.quote(group.key()),
                    model, block)));
        }
        if (groups.size() > ScatterData.MAX_GROUPS) {
            block.at(entry.keyNode(), "groups has " + groups.size() + " groups; expected at most " + ScatterData.MAX_GROUPS
                    + ", one colour and marker each");
        }
        return groups;
    }

    /** The words of a list, each one word the model knows. */
    private static List<String> wordList(Node value, Node at, String label, Model model, YamlBlock block) {
        if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            block.at(at, label + " is " + (value instanceof SequenceNode ? "an empty list" : Nodes.describe(value))
                    + "; expected a list of words the model knows, such as [dog, cat, road]");
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String text = Nodes.text(item, item, "a word of " + label, "a word the model knows", block);
            if (text == null) {
                continue;
            }
            Tokenized tokens = model.tokenize(text);
            if (tokens.words().size() != 1) {
                block.at(item, Nodes.quote(text) + " is " + tokens.words().size() + " words to model " + model.name()
                        + "; expected one word");
            } else if (tokens.words().get(0).equals(Tokenizer.MASK)) {
                block.at(item, Tokenizer.MASK + " stands for a hidden word and has no meaning of its own; expected a word");
            } else if (!tokens.ok()) {
                block.at(item, tokens.problem());
            } else {
                words.add(tokens.words().get(0));
            }
        }
        return words;
    }

    /** Each word once, and enough of them, but not too many, for a picture and a table. */
    private static void checkCount(List<Group> groups, ModelBlockKeys keys, Entry at) {
        Map<String, String> seen = new HashMap<>();
        int count = 0;
        for (Group group : groups) {
            for (String word : group.words()) {
                String first = seen.putIfAbsent(word, group.name());
                if (first != null) {
                    keys.block().at(at.keyNode(), "'" + word + "' is shown twice (in " + first + " and " + group.name()
                            + "); expected each word once");
                }
                count++;
            }
        }
        if (count < MIN_WORDS || count > MAX_WORDS) {
            keys.block().at(at.keyNode(), "the block shows " + count + " words; expected from " + MIN_WORDS + " to "
                    + MAX_WORDS);
        }
    }

    private static Space measure(Model model, List<Group> groups, int k) {
        List<String> words = new ArrayList<>();
        groups.forEach(g -> words.addAll(g.words()));
        double[][] points = new double[words.size()][];
        List<List<WordSpace.Neighbour>> neighbours = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            points[i] = WordSpace.vector(model, words.get(i));
            neighbours.add(WordSpace.nearest(model, words.get(i), k));
        }
        return new Space(model.name(), model.vocabulary().words(), Rows.of(model.weights().tokenEmbedding()), groups, neighbours,
                PrincipalComponents.of(points, 2));
    }
}
