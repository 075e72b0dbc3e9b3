package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.python.NameScopes;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.List;
import java.util.function.Supplier;

/**
 * A learned rule's metavariable that its examples never bound to a string literal, bound instead to
 * a parameter of the function around the match whose default is a string or whose annotation names
 * {@code str} ({@code torch.norm(x, p=norm_ord)} inside {@code def f(x, norm_ord: str = "fro")}): the
 * value is most likely a string, which the rewrite was never shown with ({@code vector_norm} takes
 * no {@code ord="fro"}), so the match is no direct answer.
 */
final class StringParameters {

    private static final String STRING_LITERAL = "'s'";

    private StringParameters() {
    }

    static boolean bound(final CompiledRule rule, final CodeView code, final Match match,
            final Supplier<NameScopes> scopes) {
        if (rule.rule().origin() != RuleOrigin.LEARNED || rule.rule().constraints().isEmpty()) {
            return false;
        }
        final List<Element> elements = rule.matcher().pattern().elements();
        for (int k = 0; k < elements.size(); k++) {
            if (!(elements.get(k) instanceof Element.Single single)) {
                continue;
            }
            final Constraint constraint = rule.rule().constraints().get(single.name());
            if (constraint == null || constraint.kind() != null || constraint.regex() == null
                    || constraint.compiledRegex().matcher(STRING_LITERAL).find()) {
                continue;
            }
            final int at = match.elementStart()[k];
            if (match.elementEnd()[k] == at + 1 && code.kind(at) == TokenKind.NAME && !code.isKeywordName(at)
                    && stringValued(code.tokens(), scopes.get().parameterHeader(code.text(at), code.raw(at)),
                            code.text(at))) {
                return true;
            }
        }
        return false;
    }

    /** Whether parameter {@code name} of the def whose header starts at {@code header} has a string default or a {@code str} annotation. */
    private static boolean stringValued(final Tokens tokens, final int header, final String name) {
        if (header < 0) {
            return false;
        }
        int open = header;
        while (open < tokens.size() && !tokens.isOp(open, '(')) {
            open = tokens.nextCode(open);
        }
        if (open >= tokens.size()) {
            return false;
        }
        final int depth = tokens.depth(open) + 1;
        for (int i = tokens.nextCode(open); i < tokens.size() && tokens.depth(i) >= depth; i = tokens.nextCode(i)) {
            if (tokens.depth(i) != depth || !tokens.textEquals(i, name)) {
                continue;
            }
            final int previous = tokens.prevCode(i);
            if (previous != open && !tokens.isOp(previous, ',') && !tokens.isOp(previous, '*')
                    && !tokens.textEquals(previous, "**")) {
                continue;
            }
            int k = tokens.nextCode(i);
            if (k < tokens.size() && tokens.isOp(k, ':')) {
                for (k = tokens.nextCode(k); k < tokens.size() && (tokens.depth(k) > depth || !tokens.isOp(k, ',')
                        && !tokens.isOp(k, ')') && !tokens.textEquals(k, "=")); k = tokens.nextCode(k)) {
                    if (tokens.textEquals(k, "str")) {
                        return true;
                    }
                }
            }
            return k < tokens.size() && tokens.textEquals(k, "=") && tokens.kind(tokens.nextCode(k)) == TokenKind.STRING;
        }
        return false;
    }
}
