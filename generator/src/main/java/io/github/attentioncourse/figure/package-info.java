/** Turns one example's trace into its HTML figure (walk-through, tables, charts, token picker) and its JSON numbers. */
package io.github.attentioncourse.figure;
