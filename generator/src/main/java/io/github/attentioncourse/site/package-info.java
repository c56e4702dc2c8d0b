/** JBake wiring: the markup engine, the course model for templates, and the bake itself. */
package io.github.attentioncourse.site;
