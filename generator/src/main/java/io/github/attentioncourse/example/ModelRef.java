package io.github.attentioncourse.example;

/**
 * Where a model example's inputs and projections come from: one layer of a course model, and
 * one of its heads or all of them.
 *
 * @param name  the model's folder name under content/models
 * @param layer 1-based block of the model
 * @param head  1-based head of that block, or {@link #EVERY_HEAD}
 */
public record ModelRef(String name, int layer, int head) {

    public static final int EVERY_HEAD = 0;

    public boolean everyHead() {
        return head == EVERY_HEAD;
    }
}
