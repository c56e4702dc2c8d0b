package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import java.util.List;

/**
 * A value read from an author's files, or every mistake that kept it from being read.
 *
 * @param value  null iff {@code errors} is non-empty
 * @param errors each at its {@code file:line}, in order
 */
public record Result<T>(T value, List<ContentError> errors) {

    public Result {
        errors = List.copyOf(errors);
    }

    static <T> Result<T> of(T value) {
        return new Result<>(value, List.of());
    }

    static <T> Result<T> failed(List<ContentError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failed result needs at least one error");
        }
        return new Result<>(null, errors.stream().sorted().toList());
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
