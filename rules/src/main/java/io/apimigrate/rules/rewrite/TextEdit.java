package io.apimigrate.rules.rewrite;

/** Replace source characters {@code [start, end)} with {@code replacement}. */
public record TextEdit(int start, int end, String replacement) {
}
