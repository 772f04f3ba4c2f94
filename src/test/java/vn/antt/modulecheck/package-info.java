/**
 * A two-module application in miniature for {@code ModularityTest}: {@code reports} reaches into {@code towns}'
 * internal repository, which the module check must refuse.
 */
package vn.antt.modulecheck;
