package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An author's text file, read as strict UTF-8 (a leading byte-order mark dropped), or the reason it cannot be. */
final class SourceFile {

    /** Far above any corpus or weights file; a larger one is a mistake, not a corpus. */
    static final long MAX_BYTES = 10_000_000;

    private SourceFile() {
    }

    /** @param file the path relative to the course root, for messages */
    static Result<String> read(Path path, String file) {
        try {
            if (Files.size(path) > MAX_BYTES) {
                return Result.failed(List.of(new ContentError(file, 1, "the file has " + Files.size(path)
                        + " bytes; expected at most " + MAX_BYTES)));
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
            return Result.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Result.failed(List.of(new ContentError(file, 1, "the file is not valid UTF-8; expected the file "
                    + "saved as UTF-8")));
        } catch (IOException e) {
            return Result.failed(List.of(new ContentError(file, 1, "cannot read the file: " + e.getMessage())));
        }
    }
}
