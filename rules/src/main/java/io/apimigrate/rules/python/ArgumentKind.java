package io.apimigrate.rules.python;

/** How an argument is passed in a call: {@code x}, {@code k=x}, {@code *x} or {@code **x}. */
public enum ArgumentKind { POSITIONAL, KEYWORD, STAR, DOUBLE_STAR }
