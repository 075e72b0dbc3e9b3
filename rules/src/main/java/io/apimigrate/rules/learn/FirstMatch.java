package io.apimigrate.rules.learn;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.match.PatternMatcher;
import io.apimigrate.rules.pattern.CompiledPattern;
import java.util.ArrayList;
import java.util.List;

/** Where a pattern matches in an example's code, as the learner reads it back. */
final class FirstMatch {

    private FirstMatch() {
    }

    /** The first match of {@code pattern} in {@code view}, found at its anchor tokens in order; null when none. */
    static Match in(final CompiledPattern pattern, final CodeView view) {
        final PatternMatcher matcher = new PatternMatcher(pattern);
        for (int c = 0; c < view.size(); c++) {
            if (view.textEquals(c, pattern.anchorText())) {
                final Match match = matcher.matchAt(view, c);
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    /** Every match of {@code pattern} in {@code view}, one per anchor token that starts one, in order. */
    static List<Match> all(final CompiledPattern pattern, final CodeView view) {
        final PatternMatcher matcher = new PatternMatcher(pattern);
        final List<Match> out = new ArrayList<>();
        for (int c = 0; c < view.size(); c++) {
            if (view.textEquals(c, pattern.anchorText())) {
                final Match match = matcher.matchAt(view, c);
                if (match != null) {
                    out.add(match);
                }
            }
        }
        return out;
    }
}
