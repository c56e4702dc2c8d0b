/**
 * The JBake adapter: our markup engine and template model, module pages, and JBake's renderer and
 * asset copier fed from the compiled course instead of JBake's crawler.
 */
package io.github.attentioncourse.site.jbake;
