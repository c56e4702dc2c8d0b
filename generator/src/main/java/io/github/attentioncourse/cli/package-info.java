/** The commands (build, check, serve) and nothing else. */
package io.github.attentioncourse.cli;
