package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.python.TokenKind;
import java.util.List;

/**
 * The call whose callee a rule gives another name ({@code tf.image.resize_images} ->
 * {@code tf.image.resize}, {@code torch.testing.assert_allclose} -> {@code torch.testing.assert_close}),
 * and the keywords passed in it. A callee moved under its own name ({@code tf.placeholder} ->
 * {@code tf.compat.v1.placeholder}, {@code tf.random_normal} -> {@code tf.random.normal},
 * {@code init.kaiming_normal} -> {@code init.kaiming_normal_}) is the same function; one given
 * another name may lack a keyword that the examples never passed ({@code align_corners=}), so a
 * learned rule's call that passes one is no direct answer.
 */
public final class RenamedCallee {

    private RenamedCallee() {
    }

    /**
     * Where the renamed callee's call is: the pattern index of its bracket for a call pattern, the
     * pattern's size for the call after a pattern that ends with the callee's name; -1 when the
     * template keeps the callee's last name.
     */
    public static int call(final List<Element> pattern, final List<Element> template) {
        final int open = SiblingKeywords.calleeEnd(pattern);
        if (open >= 0) {
            final int templateOpen = SiblingKeywords.calleeEnd(template);
            return templateOpen < 0 || sameName(pattern.get(open - 1), template.get(templateOpen - 1)) ? -1 : open;
        }
        if (pattern.isEmpty() || !(pattern.get(pattern.size() - 1) instanceof Element.Literal last) || !last.name()) {
            return -1;
        }
        return sameName(last, lastName(template)) ? -1 : pattern.size();
    }

    /** The arguments passed in the call at {@code call} (from {@link #call}) of the match; null where there is no call. */
    public static EvidenceCheck.RunArguments arguments(final CodeView code, final Match match, final int call) {
        final int open = call < match.elementStart().length ? match.elementStart()[call]
                : match.end() > match.start() && code.kind(match.end() - 1) == TokenKind.NAME ? match.end() : -1;
        if (open < 0 || open >= code.size() || !code.isOp(open, '(') || code.partner(open) <= open) {
            return null;
        }
        return EvidenceCheck.runArguments(code, open + 1, code.partner(open));
    }

    /**
     * The dotted callee the template calls where the pattern's callee was, as literal text after an
     * optional leading metavariable ({@code random.uniform} for {@code $X.random.uniform($A1)},
     * {@code tf.image.resize} for {@code tf.image.resize}); empty when it is no dotted name called
     * with the snippet's own arguments ({@code $X.keras.layers.Flatten()}: the snippet calls the layer).
     */
    public static String templateCallee(final List<Element> template, final int call, final int patternSize) {
        final int end = call < patternSize ? SiblingKeywords.calleeEnd(template) : template.size();
        if (end < 0 || call >= patternSize && end >= 1 && literal(template.get(end - 1), ")")) {
            return "";
        }
        final int first = end > 1 && template.get(0) instanceof Element.Single && literal(template.get(1), ".") ? 2 : 0;
        final StringBuilder path = new StringBuilder();
        for (int k = first; k < end; k++) {
            if (!(template.get(k) instanceof Element.Literal literal)) {
                return "";
            }
            path.append(literal.text());
        }
        return path.toString();
    }

    /**
     * Whether a learned rule that renames its callee matched a call passing a keyword none of its
     * examples passed, more positional arguments than any of them after a pattern that ends with the
     * callee's name ({@code resize_images(images, size, method, align_corners)}: the fourth
     * parameter of {@code tf.image.resize} is {@code preserve_aspect_ratio}), or unpacking
     * {@code *args} / {@code **kwargs} into it.
     */
    static boolean unshownArguments(final CompiledRule rule, final CodeView code, final Match match) {
        final List<String> shown = rule.rule().evidence().calleeKeywords();
        if (shown == null || rule.rule().origin() != RuleOrigin.LEARNED) {
            return false;
        }
        final List<Element> pattern = rule.matcher().pattern().elements();
        final int call = call(pattern, rule.plan().templateElements());
        final EvidenceCheck.RunArguments passed = call < 0 ? null : arguments(code, match, call);
        if (passed == null) {
            return false;
        }
        final int positionals = rule.rule().evidence().positionalArguments();
        return passed.starred() || !shown.containsAll(passed.keywords())
                || call == pattern.size() && positionals >= 0 && passed.positionals() > positionals;
    }

    /** The template's last name, before a trailing {@code ()}: {@code Flatten} in {@code $X.keras.layers.Flatten()}. */
    private static Element lastName(final List<Element> template) {
        int last = template.size() - 1;
        if (last >= 2 && literal(template.get(last), ")") && literal(template.get(last - 1), "(")) {
            last -= 2;
        }
        return last >= 0 ? template.get(last) : null;
    }

    /**
     * Whether the callee keeps its name, only loses leading words of it to a module path
     * ({@code tf.random_normal} -> {@code tf.random.normal}, {@code tf.matrix_diag_part} ->
     * {@code tf.linalg.diag_part}: a function moved into a namespace), or only gains or loses a
     * trailing underscore ({@code init.kaiming_normal} -> {@code init.kaiming_normal_},
     * {@code np.round_} -> {@code np.round}): not another function.
     */
    private static boolean sameName(final Element a, final Element b) {
        if (!(a instanceof Element.Literal x) || !(b instanceof Element.Literal y) || !x.name()) {
            return false;
        }
        final String old = x.text();
        final String now = y.text();
        return old.equals(now) || old.endsWith("_" + now) || old.equals(now + "_") || now.equals(old + "_");
    }

    private static boolean literal(final Element element, final String text) {
        return element instanceof Element.Literal literal && literal.text().equals(text);
    }
}
