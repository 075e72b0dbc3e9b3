package io.apimigrate.rules.model;

import java.util.List;

/**
 * What in a snippet confirms that a match belongs to the rule's library.
 *
 * @param modules modules whose import confirms the library, e.g. {@code pandas}
 * @param receiverNames receiver names typical of the library's objects, e.g. {@code df}
 * @param ambiguous whether the pattern alone also matches other libraries' code (an unknown
 *     receiver's {@code .append}); such a match needs evidence to be confident
 * @param unconfirmedConfidence the calibrated confidence of an ambiguous match that the snippet
 *     does not confirm; equal to the rule's confidence for unambiguous rules
 * @param headModule what the pattern's leading name stands for (e.g. {@code tensorflow} for
 *     {@code tf}), or empty when unknown; a snippet whose imports bind that name to something else
 *     is not matched
 * @param keywords keyword arguments the rule's examples pass in the matched call (e.g.
 *     {@code ignore_index}); one of them in a match confirms it
 * @param topLevelOnly whether the rule rewrites whole statements that its examples only showed at
 *     module level (not indented): an indented statement is not matched
 * @param definedNames names of the pattern that its examples define themselves ({@code class Card},
 *     {@code def f}, {@code x = ...}) above the match: the rewrite depends on that definition, so a
 *     snippet must define each of them above the match too
 * @param assigned whether an example's match was written to (assigned, augmented or deleted): only
 *     then is a match that is written to ({@code request.META[k] = v}) the rule's to rewrite
 * @param positionalArguments for a pattern on any receiver, or one that gives its callee another
 *     name, that ends with that name: the most positional arguments an example passes in the call
 *     after it ({@code 0} for {@code writer.save()}); -1 when unknown (the pattern holds the call,
 *     or no example calls it)
 * @param unpacked whether an example's match was the whole value of an assignment to several
 *     targets ({@code a, b = ...}): only then is a match whose value is unpacked the rule's to
 *     rewrite directly, since the new API may return another shape
 * @param receiverModules the modules the examples' receivers stand for, where they are module paths
 *     ({@code tensorflow.nn} for {@code tf.nn}; {@code *.nn}, any top-level package's {@code nn},
 *     where the examples never import {@code tf}); a receiver that a snippet imports from another
 *     module ({@code from tensorflow.python.ops import nn}) is not the examples' one
 * @param runPositionals for a rule that carries a call's whole argument list as a run and adds
 *     arguments after it ({@code np.recfromcsv($$$ARGS)} -> {@code np.genfromtxt($$$ARGS, delimiter=",")}),
 *     the most positional arguments an example's run held; -1 for any other rule. A run with more,
 *     or with a keyword outside {@code runKeywords}, is a call shape the examples never showed: an
 *     argument added after it may collide with one of them ({@code pickle_module=} beside an added
 *     {@code weights_only=True})
 * @param runKeywords the keywords the examples' runs passed, for such a rule
 * @param calleeKeywords for a rule that gives its callee another name ({@code tf.image.resize_images} ->
 *     {@code tf.image.resize}, {@code torch.testing.assert_allclose} -> {@code torch.testing.assert_close}),
 *     every keyword the examples passed in that call; null for any other rule. The new callee may
 *     not take a keyword the examples never passed ({@code align_corners=})
 */
public record Evidence(List<String> modules, List<String> receiverNames, boolean ambiguous, double unconfirmedConfidence,
        String headModule, List<String> keywords, boolean topLevelOnly, List<String> definedNames, boolean assigned,
        int positionalArguments, boolean unpacked, List<String> receiverModules, int runPositionals,
        List<String> runKeywords, List<String> calleeKeywords) {

    /** The head of a receiver module whose top-level package the examples leave unnamed. */
    public static final String ANY_PACKAGE = "*";

    public Evidence {
        headModule = headModule == null ? "" : headModule;
        modules = List.copyOf(modules);
        receiverNames = List.copyOf(receiverNames);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        definedNames = definedNames == null ? List.of() : List.copyOf(definedNames);
        receiverModules = receiverModules == null ? List.of() : List.copyOf(receiverModules);
        runKeywords = runKeywords == null ? List.of() : List.copyOf(runKeywords);
        calleeKeywords = calleeKeywords == null ? null : List.copyOf(calleeKeywords);
    }

    /** Evidence of a rule that keeps its callee's name, or whose examples' keywords are not known. */
    public Evidence(final List<String> modules, final List<String> receiverNames, final boolean ambiguous,
            final double unconfirmedConfidence, final String headModule, final List<String> keywords,
            final boolean topLevelOnly, final List<String> definedNames, final boolean assigned,
            final int positionalArguments, final boolean unpacked, final List<String> receiverModules,
            final int runPositionals, final List<String> runKeywords) {
        this(modules, receiverNames, ambiguous, unconfirmedConfidence, headModule, keywords, topLevelOnly, definedNames,
                assigned, positionalArguments, unpacked, receiverModules, runPositionals, runKeywords, null);
    }

    /** Evidence of a rule whose run, if any, is not held to the examples' arguments. */
    public Evidence(final List<String> modules, final List<String> receiverNames, final boolean ambiguous,
            final double unconfirmedConfidence, final String headModule, final List<String> keywords,
            final boolean topLevelOnly, final List<String> definedNames, final boolean assigned,
            final int positionalArguments, final boolean unpacked, final List<String> receiverModules) {
        this(modules, receiverNames, ambiguous, unconfirmedConfidence, headModule, keywords, topLevelOnly, definedNames,
                assigned, positionalArguments, unpacked, receiverModules, -1, List.of());
    }

    /** Evidence without the modules of the examples' receivers. */
    public Evidence(final List<String> modules, final List<String> receiverNames, final boolean ambiguous,
            final double unconfirmedConfidence, final String headModule, final List<String> keywords,
            final boolean topLevelOnly, final List<String> definedNames, final boolean assigned,
            final int positionalArguments, final boolean unpacked) {
        this(modules, receiverNames, ambiguous, unconfirmedConfidence, headModule, keywords, topLevelOnly, definedNames,
                assigned, positionalArguments, unpacked, List.of());
    }

    /** Evidence of a rule whose examples never unpacked a match's value. */
    public Evidence(final List<String> modules, final List<String> receiverNames, final boolean ambiguous,
            final double unconfirmedConfidence, final String headModule, final List<String> keywords,
            final boolean topLevelOnly, final List<String> definedNames, final boolean assigned,
            final int positionalArguments) {
        this(modules, receiverNames, ambiguous, unconfirmedConfidence, headModule, keywords, topLevelOnly, definedNames,
                assigned, positionalArguments, false);
    }

    /** Evidence without a known call after the match. */
    public Evidence(final List<String> modules, final List<String> receiverNames, final boolean ambiguous,
            final double unconfirmedConfidence, final String headModule, final List<String> keywords,
            final boolean topLevelOnly, final List<String> definedNames, final boolean assigned) {
        this(modules, receiverNames, ambiguous, unconfirmedConfidence, headModule, keywords, topLevelOnly, definedNames,
                assigned, -1);
    }

    /** Evidence of a rule whose examples never wrote to a match. */
    public Evidence(final List<String> modules, final List<String> receiverNames, final boolean ambiguous,
            final double unconfirmedConfidence, final String headModule, final List<String> keywords,
            final boolean topLevelOnly, final List<String> definedNames) {
        this(modules, receiverNames, ambiguous, unconfirmedConfidence, headModule, keywords, topLevelOnly, definedNames,
                false);
    }

    /** The same evidence with another unconfirmed confidence. */
    public Evidence withUnconfirmedConfidence(final double confidence) {
        return new Evidence(modules, receiverNames, ambiguous, confidence, headModule, keywords, topLevelOnly,
                definedNames, assigned, positionalArguments, unpacked, receiverModules, runPositionals, runKeywords,
                calleeKeywords);
    }

    /** Evidence of an unambiguous rule: its matches need no confirmation. */
    public static Evidence unambiguous(final List<String> modules, final double confidence) {
        return new Evidence(modules, List.of(), false, confidence, "", List.of(), false, List.of());
    }
}
