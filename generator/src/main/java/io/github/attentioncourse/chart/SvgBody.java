package io.github.attentioncourse.chart;

/**
 * What JFreeSVG drew, without what an inlined chart does not need, in one pass: every chart's
 * SVG goes through here, and five regular expressions over it cost more than drawing its bars.
 *
 * <ul>
 *   <li>{@code clip-path} references: JFreeChart clips to the chart and to the plot area and
 *       JFreeSVG repeats that clip on every element. The charts set their axis ranges so that
 *       nothing is drawn outside either area, so the clips only cost bytes (their definitions
 *       are never written: {@link SvgRenderer} does not ask JFreeSVG for its document);</li>
 *   <li>{@code jfreesvg:} attributes, which need JFreeSVG's namespace;</li>
 *   <li>the group JFreeSVG wraps around each text, which carries nothing once the clip is gone.</li>
 * </ul>
 * Text content cannot look like any of these: JFreeSVG escapes its quotes and angle brackets.
 */
final class SvgBody {

    private static final String CLIP_REFERENCE = " clip-path='url(#";
    private static final String JFREESVG_ATTRIBUTE = " jfreesvg:";
    private static final String TEXT_GROUP = "<g><text ";
    private static final String TEXT_END = "</text>";
    private static final String GROUP_END = "</g>";

    private SvgBody() {
    }

    static void appendCleaned(CharSequence drawn, StringBuilder out) {
        String svg = drawn.toString();
        int length = svg.length();
        int copied = 0;
        int groupEndToDrop = -1;
        int i = svg.indexOf('<');
        while (i >= 0 && i < length) {
            char c = svg.charAt(i);
            int skipTo = -1;
            if (c == ' ' && svg.startsWith(CLIP_REFERENCE, i)) {
                skipTo = svg.indexOf(")'", i) + 2;
            } else if (c == ' ' && svg.startsWith(JFREESVG_ATTRIBUTE, i)) {
                skipTo = svg.indexOf('\'', svg.indexOf("='", i) + 2) + 1;
            } else if (c == '<' && i == groupEndToDrop) {
                skipTo = i + GROUP_END.length();
                groupEndToDrop = -1;
            } else if (c == '<' && svg.startsWith(TEXT_GROUP, i)) {
                int textEnd = svg.indexOf(TEXT_END, i);
                int after = textEnd + TEXT_END.length();
                if (textEnd > 0 && svg.indexOf('<', i + 4) == textEnd && svg.startsWith(GROUP_END, after)) {
                    skipTo = i + "<g>".length();
                    groupEndToDrop = after;
                }
            }
            if (skipTo > i) {
                out.append(svg, copied, i);
                copied = skipTo;
                i = skipTo;
            } else {
                i++;
            }
        }
        out.append(svg, copied, length);
    }
}
