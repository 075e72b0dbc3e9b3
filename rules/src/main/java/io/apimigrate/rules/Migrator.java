package io.apimigrate.rules;

/** Answers one snippet: match, route and, when confident, rewrite. Implementations are thread-safe. */
@FunctionalInterface
public interface Migrator {

    /** The decision for one snippet of Python code. */
    Decision migrate(String code);
}
