package io.apimigrate.rules.model;

import java.util.List;

/**
 * What in a snippet confirms that a match belongs to the rule's library.
 *
 * @param modules modules whose import confirms the library, e.g. {@code pandas}
 * @param receiverNames receiver names typical of the library's objects, e.g. {@code df}
 * @param ambiguous whether the pattern alone also matches other libraries' code (an unknown
 *     receiver's {@code .append}); such a match needs evidence to be confident
 */
public record Evidence(List<String> modules, List<String> receiverNames, boolean ambiguous) {

    /** No evidence needed or known. */
    public static final Evidence NONE = new Evidence(List.of(), List.of(), false);

    public Evidence {
        modules = List.copyOf(modules);
        receiverNames = List.copyOf(receiverNames);
    }
}
