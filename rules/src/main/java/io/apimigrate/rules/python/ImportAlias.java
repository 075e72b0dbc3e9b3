package io.apimigrate.rules.python;

/**
 * One imported name: {@code name} is the dotted module of a plain import ({@code a.b} in {@code import a.b as c})
 * or the imported member of a from-import ({@code z} in {@code from x import z}, {@code *} for a star import);
 * {@code asName} is the alias after {@code as}, null when there is none.
 */
public record ImportAlias(String name, String asName) {

    /** The name this import binds in the importing module: the alias, else the first part of {@code name}. */
    public String localName() {
        if (asName != null) {
            return asName;
        }
        final int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
