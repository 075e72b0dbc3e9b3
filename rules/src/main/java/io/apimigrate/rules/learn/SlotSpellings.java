package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins name-slot rules that make one change under two spellings of a module path. Where
 * {@code contrib_estimator.$NAME} and {@code tf.contrib.estimator.$NAME} both become
 * {@code tf.estimator.experimental.$NAME} and the examples show one name under both spellings
 * ({@code stop_if_higher_hook}), the spellings are shown to be one module: each rule counts the
 * other's examples as its own, so that its support, and with it its calibrated confidence, is the
 * module's and not one spelling's.
 */
final class SlotSpellings {

    private static final Pattern PREFIXED_SLOT = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\.\\$NAME");

    private SlotSpellings() {
    }

    /** The candidates, each name-slot rule with the examples of the spellings it was shown to share. */
    static List<CandidateRule> join(final List<CandidateRule> candidates) {
        final Map<String, List<Spelling>> byChange = new LinkedHashMap<>();
        for (final CandidateRule candidate : candidates) {
            final Matcher pattern = PREFIXED_SLOT.matcher(candidate.pattern());
            if (NameSlots.isSlot(candidate) && pattern.matches()) {
                byChange.computeIfAbsent(change(candidate), k -> new ArrayList<>())
                        .add(new Spelling(candidate, names(pattern.group(1), candidate.examples())));
            }
        }
        final Map<CandidateRule, CandidateRule> joined = new LinkedHashMap<>();
        for (final List<Spelling> spellings : byChange.values()) {
            for (final Spelling spelling : spellings) {
                final List<Example> examples = new ArrayList<>(spelling.rule().examples());
                for (final Spelling other : spellings) {
                    if (other != spelling && shareAName(spelling, other)) {
                        other.rule().examples().stream().filter(e -> !examples.contains(e)).forEach(examples::add);
                    }
                }
                if (examples.size() > spelling.rule().examples().size()) {
                    joined.put(spelling.rule(), spelling.rule().withExamples(examples));
                }
            }
        }
        if (joined.isEmpty()) {
            return candidates;
        }
        return candidates.stream().map(candidate -> joined.getOrDefault(candidate, candidate)).toList();
    }

    /** What the rule does, apart from the module path its pattern spells. */
    private static String change(final CandidateRule candidate) {
        return candidate.template() + "\u0000" + candidate.constraints() + "\u0000" + candidate.imports()
                + "\u0000" + candidate.kind();
    }

    /** The names the examples show after {@code path.}. */
    private static Set<String> names(final String path, final List<Example> examples) {
        final Pattern attribute = Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(path) + "\\.([A-Za-z_][A-Za-z0-9_]*)");
        final Set<String> names = new LinkedHashSet<>();
        for (final Example example : examples) {
            final Matcher m = attribute.matcher(example.oldCode());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static boolean shareAName(final Spelling a, final Spelling b) {
        return a.names().stream().anyMatch(b.names()::contains);
    }

    /** A name-slot rule and the names its examples show under its module path. */
    private record Spelling(CandidateRule rule, Set<String> names) {
    }
}
