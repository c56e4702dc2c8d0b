/**
 * Attention math on EJML matrices, written as in the paper, with every intermediate kept in a trace;
 * and the smaller pieces the first lessons compute: a linear classifier, gradient descent on one weight.
 */
package io.github.attentioncourse.engine;
