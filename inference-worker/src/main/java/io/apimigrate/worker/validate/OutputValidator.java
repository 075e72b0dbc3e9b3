package io.apimigrate.worker.validate;

import io.apimigrate.rules.RuleHint;
import io.apimigrate.rules.Strategy;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import io.apimigrate.worker.prompt.MigrationTask;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a candidate output against its task, in this order: not empty; not the input echoed when a change
 * was hinted; not absurdly longer than the input; lexes and balances its brackets (when the input does); and,
 * for rule-guided tasks, names a hinted new API for every hinted old API.
 */
public final class OutputValidator {

    private final ValidationLimits limits;

    /** A validator with the given length limits. */
    public OutputValidator(final ValidationLimits limits) {
        this.limits = limits;
    }

    /** The verdict on {@code candidate} as the answer to {@code task}. */
    public Verdict check(final MigrationTask task, final String candidate) {
        if (candidate.isBlank()) {
            return new Verdict(OutcomeStatus.INVALID_OUTPUT, "empty output");
        }
        if (normalise(candidate).equals(normalise(task.code()))) {
            return echo(task);
        }
        final long maxLength = limits.maxLength(task.code().length());
        if (candidate.length() > maxLength) {
            return new Verdict(OutcomeStatus.INVALID_OUTPUT, "output is " + candidate.length()
                    + " chars, more than the " + maxLength + " allowed for a " + task.code().length() + "-char input");
        }
        final Tokens output = PythonLexer.lex(candidate);
        final Tokens input = PythonLexer.lex(task.code());
        final int error = firstError(output);
        if (error >= 0 && firstError(input) < 0) {
            return new Verdict(OutcomeStatus.INVALID_OUTPUT, "output does not lex: unexpected "
                    + quote(output.text(error)) + " on line " + (output.line(error) + 1));
        }
        if (!output.balanced() && input.balanced()) {
            return new Verdict(OutcomeStatus.INVALID_OUTPUT, "output has unbalanced brackets");
        }
        return task.route() == Strategy.RULE_GUIDED ? newApis(task, output) : Verdict.ok(OutcomeStatus.MIGRATED);
    }

    /** Python's NAME tokens of the code, keywords included. */
    static Set<String> names(final Tokens tokens) {
        final Set<String> names = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == TokenKind.NAME) {
                names.add(tokens.text(i));
            }
        }
        return names;
    }

    /**
     * The identifier a new API must show in the output: its last dotted component, call arguments dropped
     * ({@code pandas.concat} and {@code pd.concat(objs)} give {@code concat}); empty when it is no identifier.
     */
    static String keyName(final String newApi) {
        final int paren = newApi.indexOf('(');
        final String path = (paren >= 0 ? newApi.substring(0, paren) : newApi).strip();
        final String last = path.substring(path.lastIndexOf('.') + 1);
        return isIdentifier(last) ? last : "";
    }

    /** contracts.md's normalise: trailing whitespace per line removed, blank lines dropped, the whole stripped. */
    static String normalise(final String code) {
        return code.lines().map(String::stripTrailing).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n")).strip();
    }

    private static Verdict echo(final MigrationTask task) {
        final List<RuleHint> hints = task.changeHints();
        if (hints.isEmpty()) {
            return Verdict.ok(OutcomeStatus.UNCHANGED);
        }
        final RuleHint best = hints.get(0);
        return new Verdict(OutcomeStatus.ECHO, "output repeats the input although rule " + best.ruleId()
                + " hints " + best.oldApi() + " -> " + best.newApi());
    }

    private static Verdict newApis(final MigrationTask task, final Tokens output) {
        final Set<String> names = names(output);
        final Map<String, List<RuleHint>> byOldApi = new LinkedHashMap<>();
        for (final RuleHint hint : task.changeHints()) {
            if (!keyName(hint.newApi()).isEmpty()) {
                byOldApi.computeIfAbsent(hint.oldApi(), k -> new ArrayList<>()).add(hint);
            }
        }
        for (final Map.Entry<String, List<RuleHint>> change : byOldApi.entrySet()) {
            final List<String> wanted = change.getValue().stream().map(h -> keyName(h.newApi())).distinct().toList();
            if (wanted.stream().noneMatch(names::contains)) {
                return new Verdict(OutcomeStatus.MISSING_NEW_API, "output names none of " + wanted
                        + " hinted for " + change.getKey() + " by rule " + change.getValue().get(0).ruleId());
            }
        }
        return Verdict.ok(OutcomeStatus.MIGRATED);
    }

    private static int firstError(final Tokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == TokenKind.ERRORTOKEN) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isIdentifier(final String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0)) || s.indexOf('$') >= 0) {
            return false;
        }
        return s.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    private static String quote(final String text) {
        return "'" + text.replace("\n", "\\n") + "'";
    }
}
