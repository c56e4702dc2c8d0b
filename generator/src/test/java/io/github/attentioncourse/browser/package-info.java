/** The baked course in a real Chromium, from disk and from a sub-path server, as readers get it. */
package io.github.attentioncourse.browser;
