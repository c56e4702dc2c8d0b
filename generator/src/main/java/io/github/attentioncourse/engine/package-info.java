/** Attention math on EJML matrices, written as in the paper, with every intermediate kept in a trace. */
package io.github.attentioncourse.engine;
