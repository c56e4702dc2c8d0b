/**
 * The lesson Markdown pipeline on flexmark: computes attention examples, puts their numbers into
 * the prose, and renders slides, figures, callouts, quizzes, key concepts, cost tables, formulas
 * and links to other lessons; keeps figures drawn before.
 */
package io.github.attentioncourse.markdown;
