package io.github.attentioncourse.figure;

import io.github.attentioncourse.figure.EmbeddingsFigure.Group;
import io.github.attentioncourse.figure.EmbeddingsFigure.Space;
import io.github.attentioncourse.model.PrincipalComponents;
import io.github.attentioncourse.model.WordSpace.Neighbour;
import java.util.List;

/**
 * A word space's numbers as JSON: the whole embedding table (so that every neighbour can be found
 * again), the shown words by group, their nearest words, and the principal components with the
 * picture's coordinates.
 */
final class EmbeddingsJson {

    private EmbeddingsJson() {
    }

    static String of(String id, Space space) {
        return FigureJson.object(json -> {
            json.writeStringField("kind", "embeddings");
            json.writeStringField("id", id);
            json.writeStringField("model", space.model());
            json.writeNumberField("dimensions", space.dimensions());
            FigureJson.strings(json, "vocabulary", space.vocabulary());
            FigureJson.rows(json, "embedding", space.embedding());
            json.writeArrayFieldStart("groups");
            for (Group group : space.groups()) {
                json.writeStartObject();
                json.writeStringField("name", group.name());
                FigureJson.strings(json, "words", group.words());
                json.writeEndObject();
            }
            json.writeEndArray();
            List<String> words = space.words();
            json.writeArrayFieldStart("nearest");
            for (int i = 0; i < words.size(); i++) {
                json.writeStartObject();
                json.writeStringField("word", words.get(i));
                json.writeArrayFieldStart("neighbours");
                for (Neighbour n : space.neighbours().get(i)) {
                    json.writeStartObject();
                    json.writeStringField("word", n.word());
                    json.writeNumberField("cosine", n.cosine());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            PrincipalComponents pca = space.pca();
            json.writeObjectFieldStart("pca");
            FigureJson.vector(json, "mean", pca.mean());
            FigureJson.rows(json, "components", pca.components());
            FigureJson.vector(json, "variances", pca.variances());
            json.writeNumberField("total_variance", pca.totalVariance());
            FigureJson.rows(json, "projection", pca.projection());
            json.writeEndObject();
            json.writeNumberField("grouped", space.grouped());
            json.writeNumberField("grouped_in_picture", space.groupedInPicture());
        });
    }
}
