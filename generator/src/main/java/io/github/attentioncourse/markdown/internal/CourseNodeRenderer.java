package io.github.attentioncourse.markdown.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.Figures.Figure;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the course's Markdown conventions: {@code ## } headings open slides until a thematic
 * break ends the deck; {@code attention}, {@code quiz} and {@code concepts} fences become figures,
 * quizzes and key concepts; GitHub alerts ({@code > [!TIP]}) become callouts. Everything else is
 * flexmark's own rendering.
 */
public final class CourseNodeRenderer implements NodeRenderer {

    private static final Pattern ALERT = Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][ \\t]*(\\r?\\n|$)",
            Pattern.CASE_INSENSITIVE);

    private final Problems problems;
    private final List<Figure> figures;
    private final UnaryOperator<String> inline;
    private int computedSeen;
    private int quizzesSeen;
    private int formulasSeen;

    /**
     * @param figures one entry per computed block (attention, heads, …) in document order, null where it had errors
     * @param inline  renders a short text as inline Markdown with HTML escaped
     */
    public CourseNodeRenderer(Problems problems, List<Figure> figures, UnaryOperator<String> inline) {
        this.problems = problems;
        this.figures = figures;
        this.inline = inline;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Document.class, this::renderDocument),
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFence),
                new NodeRenderingHandler<>(BlockQuote.class, this::renderBlockQuote),
                new NodeRenderingHandler<>(TableCell.class, CourseNodeRenderer::renderTableCell));
    }

    private void renderDocument(Document document, NodeRendererContext context, HtmlWriter html) {
        int total = countSlides(document);
        int slide = 0;
        boolean deckDone = false;
        boolean intro = document.getFirstChild() != null && !isSlideHeading(document.getFirstChild());
        if (intro) {
            html.raw("<div class=\"lesson-intro\">");
        }
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (!deckDone && isSlideHeading(child)) {
                html.raw(slide > 0 ? "</section>" : intro ? "</div><div class=\"slides\" data-slides>" : "<div class=\"slides\" data-slides>");
                slide++;
                String id = "slide-" + slide;
                html.raw("<section class=\"slide\" id=\"" + id + "\" aria-labelledby=\"" + id + "-title\">"
                        + "<p class=\"slide-count\">Slide " + slide + " of " + total + "</p>"
                        + "<h2 id=\"" + id + "-title\">");
                context.renderChildren(child);
                html.raw("</h2>");
                continue;
            }
            if (!deckDone && slide > 0 && child instanceof ThematicBreak) {
                html.raw("</section></div><div class=\"lesson-after\">");
                deckDone = true;
                continue;
            }
            context.render(child);
        }
        if (slide > 0 && !deckDone) {
            html.raw("</section></div>");
        } else if (slide > 0 || intro) {
            html.raw("</div>");
        }
    }

    private static boolean isSlideHeading(Node node) {
        return node instanceof Heading heading && heading.getLevel() == 2;
    }

    private static int countSlides(Document document) {
        int slides = 0;
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (isSlideHeading(child)) {
                slides++;
            } else if (slides > 0 && child instanceof ThematicBreak) {
                break;
            }
        }
        return slides;
    }

    private void renderFence(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        String info = ComputedBlocks.infoWord(block);
        int fenceLine = problems.fileLine(block.getStartLineNumber());
        String text = block.getContentChars().toString();
        if (ComputedBlocks.isComputed(info)) {
            int index = computedSeen++;
            html.raw(figures.get(index) == null ? "" : FigureSlots.slot(index));
            return;
        }
        String rendered = switch (info) {
            case QuizBlock.INFO -> QuizBlock.render(YamlBlock.fenced(text, QuizBlock.KIND, fenceLine, problems),
                    "quiz-" + ++quizzesSeen, inline);
            case ConceptsBlock.INFO -> ConceptsBlock.render(YamlBlock.fenced(text, ConceptsBlock.KIND, fenceLine, problems), inline);
            case CostBlock.INFO -> CostBlock.render(YamlBlock.fenced(text, CostBlock.KIND, fenceLine, problems));
            case MathBlock.INFO -> MathBlock.render(text, fenceLine + 1, problems, "formula-" + ++formulasSeen);
            default -> null;
        };
        if (rendered != null) {
            html.raw(rendered);
        } else if (!Set.of(QuizBlock.INFO, ConceptsBlock.INFO, CostBlock.INFO, MathBlock.INFO).contains(info)) {
            context.delegateRender();
        }
    }

    private void renderBlockQuote(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
        Node first = quote.getFirstChild();
        Matcher alert = first instanceof Paragraph ? ALERT.matcher(first.getChars()) : null;
        if (alert == null || !alert.find()) {
            context.delegateRender();
            return;
        }
        String kind = alert.group(1).toLowerCase(Locale.ROOT);
        dropAlertMarker((Paragraph) first);
        // a note, not an <aside>: a complementary landmark inside <main>, once per callout, is noise to screen readers
        html.raw("<div class=\"callout callout-" + kind + "\" role=\"note\" aria-label=\"" + label(kind) + "\">"
                + "<p class=\"callout-title\" aria-hidden=\"true\">" + label(kind) + "</p>");
        context.renderChildren(quote);
        html.raw("</div>");
    }

    /**
     * An empty cell in a table's header row (the corner above a column of row names) heads
     * nothing, so it is written as a plain cell: an empty header cell names no column to a screen reader.
     */
    private static void renderTableCell(TableCell cell, NodeRendererContext context, HtmlWriter html) {
        if (cell.isHeader() && cell.getText().isBlank()) {
            html.raw("<td></td>");
        } else {
            context.delegateRender();
        }
    }

    /** Removes the {@code [!TIP]} line from the alert's first paragraph, or the paragraph if that is all it holds. */
    private static void dropAlertMarker(Paragraph paragraph) {
        Node node = paragraph.getFirstChild();
        while (node != null && !(node instanceof SoftLineBreak || node instanceof HardLineBreak)) {
            Node next = node.getNext();
            node.unlink();
            node = next;
        }
        if (node == null) {
            paragraph.unlink();
        } else {
            node.unlink();
        }
    }

    private static String label(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
