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
        // The next place of each kind, found with indexOf rather than by looking at every character.
        int clip = svg.indexOf(CLIP_REFERENCE);
        int attribute = svg.indexOf(JFREESVG_ATTRIBUTE);
        int group = svg.indexOf(TEXT_GROUP);
        int groupEnd = -1;
        int copied = 0;
        while (true) {
            int at = nearest(nearest(clip, attribute), nearest(group, groupEnd));
            if (at < 0) {
                break;
            }
            int skipTo = -1;
            if (at == groupEnd) {
                skipTo = at + GROUP_END.length();
                groupEnd = -1;
            } else if (at == clip) {
                skipTo = svg.indexOf(")'", at) + 2;
            } else if (at == attribute) {
                skipTo = svg.indexOf('\'', svg.indexOf("='", at) + 2) + 1;
            } else {
                int textEnd = svg.indexOf(TEXT_END, at);
                int after = textEnd + TEXT_END.length();
                if (textEnd > 0 && svg.indexOf('<', at + 4) == textEnd && svg.startsWith(GROUP_END, after)) {
                    skipTo = at + "<g>".length();
                    groupEnd = after;
                }
            }
            if (skipTo > at) {
                out.append(svg, copied, at);
                copied = skipTo;
            }
            int from = Math.max(skipTo, at + 1);
            clip = clip >= 0 && clip < from ? svg.indexOf(CLIP_REFERENCE, from) : clip;
            attribute = attribute >= 0 && attribute < from ? svg.indexOf(JFREESVG_ATTRIBUTE, from) : attribute;
            group = group >= 0 && group < from ? svg.indexOf(TEXT_GROUP, from) : group;
        }
        out.append(svg, copied, svg.length());
    }

    /** The smaller of two positions, where -1 means none. */
    private static int nearest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
