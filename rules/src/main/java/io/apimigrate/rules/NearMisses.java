package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.KeywordNames;
import java.util.List;
import java.util.Set;

/**
 * Calls of a rule's API that the rule did not match although they pass a keyword its pattern
 * names: {@code resnet50(pretrained=True)} beside a match of {@code resnet50(pretrained=False)};
 * for a rule on any callee, any call that passes its keyword; for a learned rule that drops or
 * renames a keyword, any other call that passes it ({@code mail_admins(..., fail_silently=False)}
 * beside a match of {@code send_mail(..., fail_silently=False)}): its examples did not show
 * whether that call's keyword goes too.
 * A snippet with one still uses the old API in a way the rule does not cover, so rewriting only
 * the matches would not migrate it: such a snippet is not answered directly.
 */
final class NearMisses {

    private NearMisses() {
    }

    /** Whether {@code code} calls the rule's anchor, outside {@code matches}, with one of the rule's keywords. */
    static boolean any(final CompiledRule rule, final CodeView code, final List<Match> matches) {
        if (rule.keywords().isEmpty()) {
            return false;
        }
        final String anchor = rule.matcher().pattern().anchorText();
        if (rule.keywords().contains(anchor)) {
            return passedOutside(anchor, code, matches);
        }
        if (rule.rule().origin() == RuleOrigin.LEARNED) {
            final Set<String> kept = KeywordNames.of(rule.plan().templateElements());
            for (final String keyword : rule.keywords()) {
                if (!kept.contains(keyword) && passedOutside(keyword, code, matches)) {
                    return true;
                }
            }
        }
        for (int c = 0; c + 1 < code.size(); c++) {
            if (!code.textEquals(c, anchor) || !code.isOp(c + 1, '(') || covered(c, matches)) {
                continue;
            }
            final int close = code.partner(c + 1);
            final int end = close < 0 ? code.size() : close;
            for (int a = c + 2; a + 1 < end; a++) {
                if (code.isOpening(a) && code.partner(a) > a) {
                    a = code.partner(a);
                } else if ((code.isOp(a - 1, '(') || code.isOp(a - 1, ',')) && code.textEquals(a + 1, "=")
                        && rule.keywords().contains(code.text(a))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a call outside the matches passes {@code keyword}: for a rule anchored on the keyword
     * itself ({@code $CALLEE($$$M1, pretrained=False, $$$M2)}), any call may be its API.
     */
    private static boolean passedOutside(final String keyword, final CodeView code, final List<Match> matches) {
        for (int c = 1; c + 1 < code.size(); c++) {
            if (code.textEquals(c, keyword) && code.isKeywordName(c) && !covered(c, matches)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(final int c, final List<Match> matches) {
        for (final Match match : matches) {
            if (match.start() <= c && c < match.end()) {
                return true;
            }
        }
        return false;
    }
}
