/**
 * The recipes that make a site from the course: {@code Bake} (check, render, swap in), the
 * preview's {@code Rebuilder}, the search index and {@code new lesson}; built from the course
 * model ({@code course}), compiling ({@code compile}), JBake ({@code jbake}) and the output folder ({@code output}).
 */
package io.github.attentioncourse.site;
