package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.python.ImportAlias;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries a rename over to the other way of naming the same thing: a module's name moved in a
 * {@code from} import ({@code from torch import ger -> from torch import outer}) moves where code
 * spells it out ({@code torch.ger -> torch.outer}; a name renamed in a submodule also where code
 * names the submodule alone: {@code integrate.cumtrapz -> integrate.cumulative_trapezoid}), and a qualified name that moves to another
 * module under the same name ({@code functorch.$NAME -> torch.func.$NAME}) moves in its
 * {@code from} imports too. The qualified side must start with a module the examples import (or
 * name as their library), so aliases such as {@code tf} give no import rule. A derived rule is
 * kept only if no example contradicts it ({@link NameSlots#uncontradicted}).
 */
final class ImportForms {

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern FROM_IMPORT = Pattern.compile(
            "from\\s+(" + NAME + "(?:\\." + NAME + ")*)\\s+import\\s+(" + NAME + ")");
    private static final Pattern DOTTED = Pattern.compile(
            "(" + NAME + "(?:\\." + NAME + ")*)\\.(" + NAME + "|\\$NAME)");

    private ImportForms() {
    }

    /** The candidates plus, for each rename, its other form where no example contradicts it. */
    static List<CandidateRule> add(final List<CandidateRule> candidates, final List<Example> examples) {
        final Set<String> modules = importedModules(examples);
        final Set<String> known = new HashSet<>();
        candidates.forEach(candidate -> known.add(candidate.pattern() + "\u0000" + candidate.template()));
        final List<CandidateRule> derived = new ArrayList<>();
        for (final CandidateRule candidate : candidates) {
            for (final CandidateRule other : otherForms(candidate, modules)) {
                if (ExampleRules.valid(other) && known.add(other.pattern() + "\u0000" + other.template())) {
                    derived.add(other);
                }
            }
        }
        final List<CandidateRule> out = new ArrayList<>(candidates);
        out.addAll(NameSlots.uncontradicted(derived, examples));
        return out;
    }

    private static List<CandidateRule> otherForms(final CandidateRule candidate, final Set<String> modules) {
        if (!candidate.imports().isEmpty()) {
            return List.of();
        }
        final Matcher fromOld = FROM_IMPORT.matcher(candidate.pattern());
        final Matcher fromNew = FROM_IMPORT.matcher(candidate.template());
        if (fromOld.matches() && fromNew.matches()) {
            final List<CandidateRule> out = new ArrayList<>();
            out.add(form(candidate, fromOld.group(1) + "." + fromOld.group(2), fromNew.group(1) + "." + fromNew.group(2)));
            submoduleForm(candidate, fromOld.group(1), fromNew.group(1), fromOld.group(2), fromNew.group(2), modules)
                    .ifPresent(out::add);
            return out;
        }
        final Matcher dottedOld = DOTTED.matcher(candidate.pattern());
        final Matcher dottedNew = DOTTED.matcher(candidate.template());
        if (!dottedOld.matches() || !dottedNew.matches() || !modules.contains(head(dottedOld.group(1)))) {
            return List.of();
        }
        if (dottedOld.group(2).equals(dottedNew.group(2)) && !dottedOld.group(1).equals(dottedNew.group(1))) {
            return List.of(form(candidate, "from " + dottedOld.group(1) + " import " + dottedOld.group(2),
                    "from " + dottedNew.group(1) + " import " + dottedNew.group(2)));
        }
        return submoduleForm(candidate, dottedOld.group(1), dottedNew.group(1), dottedOld.group(2), dottedNew.group(2),
                modules).map(List::of).orElse(List.of());
    }

    /**
     * A name renamed in a submodule of an imported package, where code names the submodule alone
     * ({@code from scipy import integrate}): {@code integrate.cumtrapz -> integrate.cumulative_trapezoid}.
     */
    private static Optional<CandidateRule> submoduleForm(final CandidateRule candidate, final String module,
            final String newModule, final String name, final String newName, final Set<String> modules) {
        final int dot = module.lastIndexOf('.');
        if (dot < 0 || !module.equals(newModule) || name.equals(newName) || "$NAME".equals(name)
                || !modules.contains(head(module))) {
            return Optional.empty();
        }
        final String submodule = module.substring(dot + 1);
        return Optional.of(form(candidate, submodule + "." + name, submodule + "." + newName));
    }

    private static CandidateRule form(final CandidateRule candidate, final String pattern, final String template) {
        return new CandidateRule(pattern, template, candidate.constraints(), RuleKind.QUALIFIED_RENAME, List.of(),
                candidate.examples());
    }

    /** The top-level packages the examples import from or name as their library. */
    private static Set<String> importedModules(final List<Example> examples) {
        final Set<String> modules = new HashSet<>();
        for (final Example example : examples) {
            if (!example.library().isEmpty()) {
                modules.add(example.library());
            }
            for (final String code : List.of(example.oldCode(), example.newCode())) {
                for (final ImportStatement statement : Imports.scan(PythonLexer.lex(code)).statements()) {
                    if (statement.from()) {
                        modules.add(head(statement.module()));
                    } else {
                        for (final ImportAlias alias : statement.names()) {
                            modules.add(head(alias.name()));
                        }
                    }
                }
            }
        }
        return modules;
    }

    private static String head(final String dotted) {
        final int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }
}
