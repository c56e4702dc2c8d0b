/** Attention heatmaps and bar charts drawn with JFreeChart into small, deterministic, inline-ready SVG. */
package io.github.attentioncourse.chart;
