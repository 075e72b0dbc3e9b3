package io.apimigrate.rules.rewrite;

/**
 * Pattern elements {@code [patternFrom, patternTo)} replaced by template elements
 * {@code [templateFrom, templateTo)}; elements outside hunks keep the snippet's own text.
 */
record Hunk(int patternFrom, int patternTo, int templateFrom, int templateTo) {
}
