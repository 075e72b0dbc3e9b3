package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.MetavariableKind;
import io.apimigrate.rules.model.RuleKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generalises qualified renames that move whole namespaces: when the examples move at least two
 * different names from one dotted prefix to another ({@code a.b.f -> a.c.b.f},
 * {@code a.b.g -> a.c.b.g}) and no example uses a name under that prefix in any other way, a rule
 * {@code a.b.$NAME -> a.c.b.$NAME}, {@code $NAME} one identifier, joins the specific ones.
 * Cross-validation then prices it like any other rule.
 */
final class NamespaceMoves {

    private static final Pattern DOTTED = Pattern.compile("((?:[A-Za-z_][A-Za-z0-9_]*\\.)+)([A-Za-z_][A-Za-z0-9_]*)");
    private static final String NAME = "$NAME";
    private static final int MIN_NAMES = 2;

    private NamespaceMoves() {
    }

    /** The candidates plus a namespace rule for each move the examples show for two names or more. */
    static List<CandidateRule> add(final List<CandidateRule> candidates, final List<Example> examples) {
        final Map<Move, List<CandidateRule>> byMove = new LinkedHashMap<>();
        for (final CandidateRule candidate : candidates) {
            final Move move = Move.of(candidate);
            if (move != null) {
                byMove.computeIfAbsent(move, m -> new ArrayList<>()).add(candidate);
            }
        }
        final List<CandidateRule> out = new ArrayList<>(candidates);
        for (final Map.Entry<Move, List<CandidateRule>> entry : byMove.entrySet()) {
            final Move move = entry.getKey();
            final Set<String> names = new LinkedHashSet<>();
            final Set<Example> moved = new LinkedHashSet<>();
            for (final CandidateRule candidate : entry.getValue()) {
                names.add(Move.lastName(candidate.pattern()));
                moved.addAll(candidate.examples());
            }
            if (names.size() < MIN_NAMES) {
                continue;
            }
            final Pattern uses = move.uses();
            if (examples.stream().allMatch(example -> move.agreesWith(example, uses))) {
                out.add(new CandidateRule(move.from() + NAME, move.to() + NAME,
                        Map.of(NAME.substring(1), Constraint.of(MetavariableKind.IDENTIFIER)), RuleKind.QUALIFIED_RENAME,
                        entry.getValue().get(0).imports(), List.copyOf(moved)));
            }
        }
        return out;
    }

    /**
     * A dotted prefix that moves, both ends including their last dot, with the imports the
     * rewrite adds.
     */
    private record Move(String from, String to, List<String> imports) {

        /** The move a plain qualified rename makes, or null when the candidate is something else. */
        static Move of(final CandidateRule candidate) {
            if (candidate.kind() != RuleKind.QUALIFIED_RENAME || !candidate.constraints().isEmpty()) {
                return null;
            }
            final Matcher pattern = DOTTED.matcher(candidate.pattern());
            final Matcher template = DOTTED.matcher(candidate.template());
            if (!pattern.matches() || !template.matches() || !pattern.group(2).equals(template.group(2))
                    || template.group(1).contains(pattern.group(1))) {
                return null; // a new prefix that holds the old one would match its own output
            }
            return new Move(pattern.group(1), template.group(1), candidate.imports());
        }

        static String lastName(final String dotted) {
            return dotted.substring(dotted.lastIndexOf('.') + 1);
        }

        /** A name used under the old prefix, the name captured. */
        Pattern uses() {
            return Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(from) + "([A-Za-z_][A-Za-z0-9_]*)");
        }

        /** Whether every name the example uses under the old prefix ({@link #uses}) ends up under the new one. */
        boolean agreesWith(final Example example, final Pattern uses) {
            final Matcher found = uses.matcher(example.oldCode());
            while (found.find()) {
                final String name = found.group(1);
                if (!mentions(example.newCode(), to + name) || mentions(example.newCode(), from + name)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean mentions(final String code, final String dotted) {
            return Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(dotted) + "(?![A-Za-z0-9_])").matcher(code).find();
        }
    }
}
