package io.apimigrate.rules.learn;

import io.apimigrate.rules.model.Constraint;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule that wraps a value ({@code labels=$A} -> {@code labels=tf.stop_gradient($A)}) would match
 * its own output and wrap it again: each wrapped metavariable is constrained not to start with its
 * wrapper, so the rule settles after one rewrite. Likewise a value the template gives an attribute
 * ({@code is_sparse($A)} -> {@code isinstance($A.dtype, ...)}) must not end with that attribute
 * already.
 */
final class WrapGuard {

    private static final Pattern SINGLE = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");
    private static final Pattern ATTRIBUTES = Pattern.compile("(?:\\.[A-Za-z_][A-Za-z0-9_]*)+(?![A-Za-z0-9_(\\[])");

    private WrapGuard() {
    }

    /** The candidate with a guard on every metavariable its template wraps; itself when none is wrapped. */
    static CandidateRule guard(final CandidateRule candidate) {
        final Map<String, Constraint> constraints = new HashMap<>(candidate.constraints());
        final Matcher inTemplate = SINGLE.matcher(candidate.template());
        while (inTemplate.find()) {
            if (inTemplate.start() > 0 && candidate.template().charAt(inTemplate.start() - 1) == '$') {
                continue;
            }
            final String name = inTemplate.group(1);
            final int inPattern = singleAt(candidate.pattern(), name);
            if (inPattern < 0 || constraints.containsKey(name) && constraints.get(name).regex() != null) {
                continue;
            }
            final String guards = wrapperGuard(candidate, inPattern, inTemplate.start())
                    + headGuard(candidate, inPattern, name, inTemplate.start())
                    + suffixGuard(candidate, inPattern + name.length() + 1, inTemplate.end());
            if (!guards.isEmpty()) {
                final Constraint existing = constraints.get(name);
                constraints.put(name, new Constraint(existing == null ? null : existing.kind(), "^" + guards));
            }
        }
        if (constraints.equals(candidate.constraints())) {
            return candidate;
        }
        return new CandidateRule(candidate.pattern(), candidate.template(), constraints, candidate.kind(),
                candidate.imports(), candidate.examples());
    }

    /** A lookahead refusing values that start with the bracketed wrapper the template puts before them; or "". */
    private static String wrapperGuard(final CandidateRule candidate, final int inPattern, final int inTemplate) {
        final String before = candidate.pattern().substring(0, inPattern);
        final String templateBefore = candidate.template().substring(0, inTemplate);
        if (!templateBefore.startsWith(before)) {
            return "";
        }
        final String wrapper = templateBefore.substring(before.length()).strip();
        return wrapper.isEmpty() || !(wrapper.endsWith("(") || wrapper.endsWith("[")) ? ""
                : "(?!" + Pattern.quote(wrapper) + ")";
    }

    /**
     * A lookahead refusing the one value that would make the template's own output match: where
     * the template puts {@code $X} into a call whose callee ends as the pattern goes on after
     * {@code $X} ({@code $X.make_iterator()} -> {@code tf.data.make_iterator($X)}), the head of
     * that callee ({@code tf.data}) is no {@code $X}; or "".
     */
    private static String headGuard(final CandidateRule candidate, final int inPattern, final String name,
            final int inTemplate) {
        final String before = candidate.pattern().substring(0, inPattern);
        final String templateBefore = candidate.template().substring(0, inTemplate);
        if (!templateBefore.startsWith(before)) {
            return "";
        }
        final String wrapper = templateBefore.substring(before.length()).strip();
        final String after = candidate.pattern().substring(inPattern + name.length() + 1);
        for (int dot = wrapper.indexOf('.'); dot > 0; dot = wrapper.indexOf('.', dot + 1)) {
            final String callee = wrapper.substring(dot);
            if (callee.endsWith("(") && after.startsWith(callee)) {
                return "(?!" + Pattern.quote(wrapper.substring(0, dot)) + "$)";
            }
        }
        return "";
    }

    /**
     * A lookahead refusing values that already end with the attributes the template appends to
     * them ({@code $A.dtype} for {@code $A}: not {@code s.dtype.dtype}); or "".
     */
    private static String suffixGuard(final CandidateRule candidate, final int afterPattern, final int afterTemplate) {
        final Matcher suffix = ATTRIBUTES.matcher(candidate.template()).region(afterTemplate, candidate.template().length());
        if (!suffix.lookingAt() || candidate.pattern().startsWith(suffix.group(), afterPattern)) {
            return "";
        }
        return "(?![\\s\\S]*" + Pattern.quote(suffix.group()) + "$)";
    }

    /** Where {@code $name} stands in the pattern as a single metavariable; -1 if it does not. */
    private static int singleAt(final String pattern, final String name) {
        final Matcher m = SINGLE.matcher(pattern);
        while (m.find()) {
            if (m.group(1).equals(name) && (m.start() == 0 || pattern.charAt(m.start() - 1) != '$')) {
                return m.start();
            }
        }
        return -1;
    }
}
