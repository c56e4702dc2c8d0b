/** Numbers as every page, table, chart and prose reference writes them: one rounding rule, the same in every locale. */
package io.github.attentioncourse.format;
