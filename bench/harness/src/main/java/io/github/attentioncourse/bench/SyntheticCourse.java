package io.github.attentioncourse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a course of N lessons with M examples each, every lesson shaped like the seed lesson
 * (content/module-2-attention/06-self-attention-in-practice.md): a header, slides with prose, a
 * table and callouts, the examples with references to their numbers, an analogy after the
 * slides, key concepts and a quiz. Eleven lessons make a module, as in the real course.
 */
final class SyntheticCourse {

    static final int LESSONS_PER_MODULE = 11;

    private SyntheticCourse() {
    }

    /** Writes the lessons under {@code content}; returns the path of the first lesson. */
    static Path write(Path content, int lessons, int examplesPerLesson) throws IOException {
        Path first = null;
        for (int i = 0; i < lessons; i++) {
            int module = i / LESSONS_PER_MODULE + 1;
            int order = i % LESSONS_PER_MODULE + 1;
            Path file = content.resolve(String.format(Locale.ROOT, "module-%d-part-%d", module, module))
                    .resolve(String.format(Locale.ROOT, "%02d-lesson-%d.md", order, i + 1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, lesson(i, module, order, examplesPerLesson), StandardCharsets.UTF_8);
            first = first == null ? file : first;
        }
        return first;
    }

    static String lesson(int index, int module, int order, int examples) {
        StringBuilder md = new StringBuilder();
        md.append("title=Lesson ").append(index + 1).append(": attention, once more\n")
                .append("type=lesson\nstatus=published\n")
                .append("module=").append(module).append('\n')
                .append("order=").append(order).append('\n')
                .append("minutes=12\ntags=Core Concept\n")
                .append("summary=Every word of a sentence looks at every other word. Follow one calculation through, number by number.\n")
                .append("~~~~~~\n\n");
        md.append("""
                ## What is self-attention?

                In **self-attention** the queries, the keys and the values are all made from one and the
                same sequence. Each word of a sentence looks at every word of that sentence, itself
                included, and decides how much each one matters to it.

                > [!TIP]
                > "Self" says where the information comes from: the sentence questions itself. Nothing is
                > looked up in an outside memory; the model explores the relationships inside its own input.

                | Start from | Multiply by | Get | Used as |
                |---|---|---|---|
                | the embedding x | × W<sub>Q</sub> | the **query** q | what this word is looking for |
                | the embedding x | × W<sub>K</sub> | the **key** k | what this word offers to the others |
                | the embedding x | × W<sub>V</sub> | the **value** v | the information it hands on |

                """);
        for (int e = 0; e < examples; e++) {
            ExampleBlocks.Example example = ExampleBlocks.of(index, e);
            md.append("## Example ").append(e + 1).append("\n\n")
                    .append("The projection matrices below were **chosen to keep the arithmetic readable**;\n")
                    .append("they are illustrative, not learned.\n\n")
                    .append("1. Each word starts from its embedding.\n")
                    .append("2. Multiply each embedding by W<sub>Q</sub>, W<sub>K</sub> and W<sub>V</sub>.\n")
                    .append("3. Take the dot product of every query with every key, scale and apply softmax.\n\n")
                    .append(example.block()).append('\n')
                    .append("Follow \"").append(example.query()).append("\": it gives {{percent ").append(example.id())
                    .append(' ').append(example.query()).append(' ').append(example.key()).append("}} of its attention to \"")
                    .append(example.key()).append("\", a scaled score of {{score ").append(example.id()).append(' ')
                    .append(example.query()).append(' ').append(example.key()).append("}}.\n\n")
                    .append("> [!NOTE]\n> None of these weights is a rule written into the model: a trained model finds\n")
                    .append("> them for itself, because they help it predict the next word.\n\n");
        }
        md.append("""
                ---

                > [!TIP]
                > **The meeting-room analogy.** Picture every word of a sentence as a person in a meeting
                > room. Each person can send a message straight to every other person, decides how much
                > to listen to each, and leaves with an understanding shaped by the whole group.

                ## Key concepts

                ```concepts
                - term: Self-attention
                  icon: 🔄
                  text: Attention in which the queries, keys and values all come from the same sequence.
                - term: W_Q, W_K, W_V
                  icon: 🧮
                  text: Learned weight matrices that project each embedding into query, key and value space.
                - term: Attention matrix
                  icon: 📊
                  text: An N × N table of weights; every row sums to 1.
                ```

                ## Quick check

                ```quiz
                question: In self-attention, where do the query, key and value vectors come from?
                options:
                  - The query from the input; the keys and values from a separate encoder
                  - All three come from the same input sequence, through different weight matrices
                  - They are initialised at random and never learned
                answer: B
                explanation: One sequence supplies all three, through three different learned matrices.
                ```
                """);
        return md.toString();
    }
}
