/** The course as read from its sources: the course root, lesson headers, lessons, modules and their order. */
package io.github.attentioncourse.site.course;
