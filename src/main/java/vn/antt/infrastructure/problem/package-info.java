/**
 * What a service throws when it refuses a request, whoever called it: a rule broken by what was typed
 * ({@link vn.antt.infrastructure.problem.FieldProblem}), a record that is not there or not the user's to see
 * ({@link vn.antt.infrastructure.problem.NotFoundException}), an edit made on a page someone else has saved since
 * ({@link vn.antt.infrastructure.problem.StaleEditException}). The web layer turns each into its answer.
 */
package vn.antt.infrastructure.problem;
