package io.github.attentioncourse.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Model folders for tests: a tiny model that trains in a moment, written into a course root. */
final class ModelFolders {

    static final String TINY_YAML = """
            task: masked-word
            layers: 1
            heads: 2
            d_model: 8
            d_ff: 8
            context: 6
            seed: 7
            steps: 40
            batch: 4
            learning_rate: 0.02
            masking:
              share: 0.2
              mask: 0.5
              replace: 0.4
            held_out: 0.2
            checkpoints: [0, 10]
            """;

    static final String TINY_GRAMMAR = """
            slots:
              animal: [dog, cat, cow]
              place: [road, river, lane]
              animal-adjective: [tired, hungry]
              place-adjective: [wide, wet]
            sentences:
              - the {animal} was {animal-adjective}
              - the {place} was {place-adjective}
              - the {animal} saw the {place}
            links:
              describes:
                animal-adjective: [animal]
                place-adjective: [place]
            """;

    private ModelFolders() {
    }

    /** The tiny model's files, to change one of them in a test. */
    static Map<String, String> tiny() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("model.yaml", TINY_YAML);
        files.put("grammar.yaml", TINY_GRAMMAR);
        return files;
    }

    /** Writes {@code files} into {@code root}/content/models/{@code name} and returns the course root. */
    static Path write(Path root, String name, Map<String, String> files) {
        Path folder = root.resolve(Models.FOLDER).resolve(name);
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    static String read(Path root, String name, String file) {
        try {
            return Files.readString(root.resolve(Models.FOLDER).resolve(name).resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void overwrite(Path root, String name, String file, String text) {
        write(root, name, Map.of(file, text));
    }
}
