/** The parts of the lesson Markdown pipeline that nothing outside {@code markdown} needs to see. */
package io.github.attentioncourse.markdown.internal;
