/**
 * The command line: {@code build}, {@code check}, {@code serve} and {@code new lesson}, their
 * options and messages, and the tuned JVM that short commands run in.
 */
package io.github.attentioncourse.cli;
