package io.github.attentioncourse.figure;

import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import java.util.List;
import java.util.Locale;

/**
 * One head of a model on one sentence at several steps of its training, from the random start
 * to the trained weights: a heatmap per step side by side, so the reader sees the pattern form,
 * every step's weights as a table, and the inputs and matrices of each step as JSON.
 */
public final class CheckpointsFigure {

    /**
     * A head's attention at one step of training.
     *
     * @param step  the optimizer steps taken when the weights were kept
     * @param last  whether these are the trained weights
     * @param trace the head alone on the sentence (the layer's LayerNorm'ed inputs at that step)
     */
    public record Stage(int step, boolean last, AttentionTrace trace) {

        public HeadTrace head() {
            return trace.heads().get(0);
        }

        /** "step 100", or "step 1,200 (trained)". */
        public String name() {
            return String.format(Locale.ROOT, "step %,d", step) + (last ? " (trained)" : "");
        }
    }

    /**
     * @param model the model's name
     * @param words the sentence as the model reads it
     * @param layer the block, 1-based
     * @param head  the head in it, 1-based
     * @param stages from the first step kept to the trained weights
     */
    public record Forming(String model, List<String> words, int layer, int head, List<Stage> stages) {

        public Forming {
            words = List.copyOf(words);
            stages = List.copyOf(stages);
        }
    }

    private CheckpointsFigure() {
    }

    public static Figure render(String id, Forming f, String source, String caption, String jsonHref) {
        String htmlId = "checkpoints-" + id;
        String in = FigureFrame.in("checkpoints", id);
        StringBuilder html = FigureFrame.open("checkpoints", htmlId, 16_384 * (f.stages().size() + 1))
                .append("<p class=\"part-title\">Head ").append(f.head()).append(" of block ").append(f.layer())
                .append(" on “").append(Html.escape(String.join(" ", f.words()))).append("”, as training went on</p>")
                .append("<div class=\"part part-heatmap heads-side-by-side\">");
        StringBuilder tables = new StringBuilder(4096);
        for (int s = 0; s < f.stages().size(); s++) {
            Stage stage = f.stages().get(s);
            String prefix = htmlId + "-s" + s + "-";
            html.append("<div class=\"head-heatmap\"><p class=\"head-title\">").append(stage.name()).append("</p>")
                    .append(ChartPanels.heatmap(prefix, f.words(), f.words(), stage.head(), " at " + stage.name()))
                    .append("</div>");
            tables.append(MatrixTable.weights(prefix + "weights", "Attention weights at " + stage.name() + in,
                    f.words(), f.words(), stage.head()));
        }
        html.append("</div>").append(FigureFrame.fold("Every step's weights as a table", tables.toString()));
        FigureFrame.close(html, source, caption, jsonHref, "Every number of these steps as JSON");
        return new Figure(html.toString(), json(id, f), f.stages().size());
    }

    private static String json(String id, Forming f) {
        return FigureJson.object(json -> {
            json.writeStringField("id", id);
            json.writeStringField("kind", "checkpoints");
            json.writeStringField("model", f.model());
            json.writeNumberField("layer", f.layer());
            json.writeNumberField("head", f.head());
            FigureJson.strings(json, "tokens", f.words());
            json.writeStringField("mask", f.stages().get(0).trace().input().mask().name());
            json.writeArrayFieldStart("steps");
            for (Stage stage : f.stages()) {
                HeadTrace head = stage.head();
                json.writeStartObject();
                json.writeNumberField("step", stage.step());
                json.writeBooleanField("trained", stage.last());
                FigureJson.matrix(json, "inputs", stage.trace().input().queryInputs());
                json.writeNumberField("scale", stage.trace().scale());
                FigureJson.matrix(json, "w_q", head.wQ());
                FigureJson.matrix(json, "w_k", head.wK());
                FigureJson.matrix(json, "w_v", head.wV());
                FigureJson.matrix(json, "weights", head.weights());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
