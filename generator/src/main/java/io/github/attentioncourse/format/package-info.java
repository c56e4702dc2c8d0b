/**
 * Writing for readers: numbers as every page, table, chart and prose reference writes them (one
 * rounding rule, the same in every locale), and HTML text; every package may use it.
 */
package io.github.attentioncourse.format;
