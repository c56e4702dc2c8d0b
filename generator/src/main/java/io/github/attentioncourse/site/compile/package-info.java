/** Reads and checks every content file and renders its body, on every core, in a fixed order. */
package io.github.attentioncourse.site.compile;
