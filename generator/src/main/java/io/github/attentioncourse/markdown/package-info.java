/** flexmark extensions for lessons: attention blocks, prose references, slides, callouts, quiz and key concepts. */
package io.github.attentioncourse.markdown;
