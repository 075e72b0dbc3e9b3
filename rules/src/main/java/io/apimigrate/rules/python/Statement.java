package io.apimigrate.rules.python;

/**
 * One logical statement: tokens {@code [firstToken, endToken)} from its first to its last code token, the char
 * range {@code [startOffset, endOffset)} they cover (no trailing newline or comment) and its first and last line.
 */
public record Statement(int firstToken, int endToken, int startOffset, int endOffset, int firstLine, int lastLine) {
}
