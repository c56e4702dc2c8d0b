/** Writing for readers: HTML text and the course's table boxes; every package may use it. */
package io.github.attentioncourse.format;
