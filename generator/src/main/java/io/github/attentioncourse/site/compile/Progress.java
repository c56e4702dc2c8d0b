package io.github.attentioncourse.site.compile;

/** Told how far a bake has got, for a progress line in a terminal. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, examples, charts) -> { };

    /** After each content file: files done of the total, and examples and charts drawn so far. */
    void update(int filesDone, int filesTotal, int examples, int charts);
}
