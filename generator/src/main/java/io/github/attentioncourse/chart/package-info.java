/**
 * Charts drawn with JFreeChart into small, deterministic, inline-ready SVG: attention heatmaps and
 * bar charts, and formulas typeset with JLaTeXMath into the same kind of SVG.
 */
package io.github.attentioncourse.chart;
