package io.github.attentioncourse.model;

import java.util.List;

/**
 * How often a head looks where a link says it should, over sentences the model never saw:
 * for each case of the link (an adjective and its noun), whether the head's top key for the
 * query is the expected word, and what weight it puts there.
 *
 * @param cases      how many (sentence, query) pairs were measured
 * @param hits       in how many the top key was the expected word
 * @param meanWeight the mean weight on the expected word, over all cases
 */
public record HeadSurvey(int cases, int hits, double meanWeight) {

    /** The share of cases whose top key is the expected word; NaN without cases. */
    public double share() {
        return cases == 0 ? Double.NaN : (double) hits / cases;
    }

    /** Over the model's held-out sentences, with its trained weights. */
    public static HeadSurvey of(Model model, HeadId head, Link link) {
        return of(model, model.weights(), model.corpus().heldOut(), head, link);
    }

    /** Over any sentences of the model's vocabulary, with any weights of its shape (a checkpoint's). */
    public static HeadSurvey of(Model model, Weights weights, List<Sentence> sentences, HeadId head, Link link) {
        int cases = 0;
        int hits = 0;
        double weightSum = 0;
        for (Sentence s : sentences) {
            List<Link.Case> found = link.cases(s);
            if (found.isEmpty()) {
                continue;
            }
            ForwardTrace t = Forward.run(weights, model.vocabulary().indices(s.words()), model.mask());
            for (Link.Case c : found) {
                cases++;
                hits += head.topKey(t, c.query()) == c.expected() ? 1 : 0;
                weightSum += head.weights(t).unsafe_get(c.query(), c.expected());
            }
        }
        return new HeadSurvey(cases, hits, cases == 0 ? Double.NaN : weightSum / cases);
    }
}
