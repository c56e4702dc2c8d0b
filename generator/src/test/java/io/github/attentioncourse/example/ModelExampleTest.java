package io.github.attentioncourse.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.authoring.ContentError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An example that is just a sentence: {@code model:} in place of embeddings and projections. */
class ModelExampleTest {

    /** A course with one model of 2 layers and 2 heads that knows six words and reads at most five. */
    private static final ModelCatalog COURSE = new ModelCatalog() {
        @Override
        public Optional<Shape> find(String name) {
            return name.equals("toy") ? Optional.of(TOY) : Optional.empty();
        }

        @Override
        public List<String> names() {
            return List.of("toy");
        }
    };

    private static final ModelCatalog.Shape TOY = new ModelCatalog.Shape() {
        private final List<String> known = List.of("the", "animal", "was", "tired", "street", "wide");

        @Override
        public int layers() {
            return 2;
        }

        @Override
        public int heads() {
            return 2;
        }

        @Override
        public boolean causal() {
            return false;
        }

        @Override
        public List<String> words(String sentence) {
            return Arrays.asList(sentence.toLowerCase(Locale.ROOT).split("\\s+"));
        }

        @Override
        public String problem(String sentence) {
            List<String> words = words(sentence);
            Optional<String> unknown = words.stream().filter(w -> !known.contains(w)).findFirst();
            if (unknown.isPresent()) {
                return "the model does not know '" + unknown.get() + "'; expected words of its vocabulary";
            }
            return words.size() > 5 ? "the sentence has " + words.size() + " words; expected at most 5" : null;
        }
    };

    private static ExampleParser.Parsed parse(String yaml) {
        return ExampleParser.parse(yaml, "content/a.md", 10, "example-1", COURSE);
    }

    @Test
    void aSentenceIsEnoughAndDefaultsToEveryHeadOfTheLastLayer() {
        ExampleSpec spec = parse("model: toy\nsentence: The animal was tired\n").spec();
        assertEquals(List.of("the", "animal", "was", "tired"), spec.tokens());
        assertEquals(new ModelRef("toy", 2, ModelRef.EVERY_HEAD), spec.model());
        assertEquals(3, spec.focus());
        assertTrue(spec.embeddings().isEmpty() && spec.heads().isEmpty());
    }

    @Test
    void takesALayerAHeadAndAFocusInTheModelsWords() {
        ExampleSpec spec = parse("id: tired\nmodel: toy\nsentence: the animal was tired\nlayer: 1\nhead: 2\nfocus: tired\n").spec();
        assertEquals(new ModelRef("toy", 1, 2), spec.model());
        assertEquals(3, spec.focus());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown model          | model: gpt\\nsentence: the animal\\n                     | 11 | there is no model 'gpt'; expected one of: toy
            unknown word           | model: toy\\nsentence: the animal was tird\\n            | 12 | model toy cannot read this sentence: the model does not know 'tird'
            too long               | model: toy\\nsentence: the the the the the the\\n        | 12 | model toy cannot read this sentence: the sentence has 6 words
            no such layer          | model: toy\\nsentence: the animal\\nlayer: 3\\n           | 13 | layer is '3'; expected a whole number from 1 to 2 (the model has 2 layers)
            no such head           | model: toy\\nsentence: the animal\\nhead: 0\\n            | 13 | head is '0'; expected a whole number from 1 to 2 (the model has 2 heads)
            with embeddings        | model: toy\\nsentence: the animal\\nembeddings: {}\\n     | 13 | embeddings cannot be used with model:
            with w_q               | model: toy\\nsentence: the animal\\nw_q: [[1]]\\n         | 13 | w_q cannot be used with model:
            no sentence            | model: toy\\n                                           | 10 | missing sentence
            layer without model    | sentence: a\\nembeddings: {a: [1]}\\nw_q: [[1]]\\nw_k: [[1]]\\nw_v: [[1]]\\nlayer: 1\\n | 16 | layer is only used with model:
            """)
    void reportsEachMistakeAtItsLine(String name, String yaml, int line, String message) {
        ExampleParser.Parsed parsed = parse(yaml.replace("\\n", "\n"));
        assertNull(parsed.spec(), name);
        assertTrue(parsed.errors().stream().anyMatch(e -> e.line() == line && e.message().startsWith(message)),
                name + ": " + parsed.errors());
        for (ContentError error : parsed.errors()) {
            assertTrue(error.message().contains("expected"), error.toString());
        }
    }

    @Test
    void withoutModelsTheCourseSaysWhereAModelWouldBe() {
        ExampleParser.Parsed parsed = ExampleParser.parse("model: toy\nsentence: a\n", "content/a.md", 10, "example-1",
                ModelCatalog.NONE);
        assertEquals(List.of(new ContentError("content/a.md", 11,
                "there is no model 'toy'; expected a folder content/models/toy with a model.yaml")), parsed.errors());
    }
}
