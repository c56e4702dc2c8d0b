package io.github.attentioncourse.figure;

import io.github.attentioncourse.engine.HeadTrace;

/**
 * The weights as the page shows them, in prose, tables and charts alike. Softmax of finite scores
 * gives each visible key a share strictly between 0 and 1 whenever its query sees another key, but
 * a double may round that share to exactly 0 (a score 800 below the best) or 1 (every other score
 * 40 below it), which would read "0%" like a masked key or "100%" beside a "&lt;1%". Such a share is
 * shown as the nearest double inside the interval, so that it reads "&lt;1%" or "&gt;99%" as its
 * true value does. The JSON keeps the computed numbers.
 */
final class ShownWeights {

    private ShownWeights() {
    }

    /** The weight of {@code key} for {@code query}: exactly 0 where masked, exactly 1 only for a query's one visible key. */
    static double of(HeadTrace head, int query, int key) {
        double weight = head.weights().get(query, key);
        if (weight > 0 && weight < 1 || masked(head, query, key) || visibleKeys(head, query) < 2) {
            return weight;
        }
        return weight <= 0 ? Double.MIN_VALUE : Math.nextDown(1.0);
    }

    /** Hidden by the mask: its scaled score is −∞ and its weight exactly 0. */
    static boolean masked(HeadTrace head, int query, int key) {
        return Double.isInfinite(head.scaled().get(query, key));
    }

    private static int visibleKeys(HeadTrace head, int query) {
        int visible = 0;
        for (int j = 0; j < head.scaled().numCols; j++) {
            visible += masked(head, query, j) ? 0 : 1;
        }
        return visible;
    }
}
