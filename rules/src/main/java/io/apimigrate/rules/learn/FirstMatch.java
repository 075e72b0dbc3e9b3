package io.apimigrate.rules.learn;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.match.PatternMatcher;
import io.apimigrate.rules.pattern.CompiledPattern;

/** Where a pattern first matches in an example's code, as the learner reads it back. */
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
}
