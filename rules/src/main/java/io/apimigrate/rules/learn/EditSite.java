package io.apimigrate.rules.learn;

/**
 * The smallest construct around one or more diff hunks that a rule rewrites: old code tokens
 * {@code [oldFrom, oldTo)} became new code tokens {@code [newFrom, newTo)}.
 *
 * @param oldFrom first old code token
 * @param oldTo old code index after the site
 * @param newFrom first new code token
 * @param newTo new code index after the site
 * @param call index of the old call's opening parenthesis when the site is a call, else -1
 */
record EditSite(int oldFrom, int oldTo, int newFrom, int newTo, int call) {
}
