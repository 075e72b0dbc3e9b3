package io.apimigrate.rules.python;

/**
 * One call argument: its kind, the keyword ({@code null} unless KEYWORD), its first token (the keyword or star
 * for KEYWORD/STAR/DOUBLE_STAR), the first token of its value and its exclusive end (before the comma).
 */
public record Argument(ArgumentKind kind, String keyword, int firstToken, int valueFirstToken, int endToken) {
}
