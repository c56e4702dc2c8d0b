/** A tiny transformer encoder or decoder, trained deterministically on a course's own corpus, whose attention is the engine's. */
package io.github.attentioncourse.model;
