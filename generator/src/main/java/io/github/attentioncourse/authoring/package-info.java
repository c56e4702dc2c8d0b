/**
 * What authors write, read strictly: fenced YAML blocks (and YAML files) with every value at its
 * line, and the mistakes found in them as {@code path:line: message; expected …}. Every package may use it.
 */
package io.github.attentioncourse.authoring;
