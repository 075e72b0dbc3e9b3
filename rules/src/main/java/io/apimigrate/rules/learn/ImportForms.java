package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.python.ImportAlias;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * {@code from} imports too, and a name renamed under a qualifier that stands for a module
 * ({@code paginator.QuerySetPaginator -> paginator.Paginator} with {@code from django.core import
 * paginator}) is renamed in that module's {@code from} imports. The qualified side must start with a module the examples import (or
 * name as their library), so aliases such as {@code tf} give no import rule. A derived rule is
 * kept only if no example contradicts it ({@link NameSlots#uncontradicted}).
 */
final class ImportForms {

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern FROM_IMPORT = Pattern.compile(
            "from\\s+(" + NAME + "(?:\\." + NAME + ")*)\\s+import\\s+(" + NAME + ")");
    private static final Pattern DOTTED = Pattern.compile(
            "(" + NAME + "(?:\\." + NAME + ")*)\\.(" + NAME + "|\\$NAME)");
    private static final Pattern RECEIVER_IMPORT = Pattern.compile(
            "\\$X((?:\\." + NAME + ")*)\\s+import\\s+(" + NAME + ")");

    private ImportForms() {
    }

    /** The candidates plus, for each rename, its other form where no example contradicts it. */
    static List<CandidateRule> add(final List<CandidateRule> candidates, final List<Example> examples) {
        final Set<String> modules = importedModules(examples);
        final Map<String, String> aliases = ModuleAliases.of(examples);
        final Set<String> known = new HashSet<>();
        candidates.forEach(candidate -> known.add(candidate.pattern() + "\u0000" + candidate.template()));
        final List<CandidateRule> derived = new ArrayList<>();
        for (final CandidateRule candidate : candidates) {
            for (final CandidateRule other : otherForms(candidate, modules, aliases)) {
                if (ExampleRules.valid(other) && known.add(other.pattern() + "\u0000" + other.template())) {
                    derived.add(other);
                }
            }
        }
        final List<CandidateRule> out = new ArrayList<>(candidates);
        out.addAll(NameSlots.uncontradicted(derived, examples));
        return out;
    }

    private static List<CandidateRule> otherForms(final CandidateRule candidate, final Set<String> modules,
            final Map<String, String> aliases) {
        if (!candidate.imports().isEmpty()) {
            return List.of();
        }
        final Optional<CandidateRule> spelled = spelledOut(candidate);
        if (spelled.isPresent()) {
            return otherForms(spelled.get(), modules, aliases);
        }
        final Matcher fromOld = FROM_IMPORT.matcher(candidate.pattern());
        final Matcher fromNew = FROM_IMPORT.matcher(candidate.template());
        if (fromOld.matches() && fromNew.matches()) {
            if (!usedAsAlias(candidate.examples(), fromOld.group(2), fromNew.group(2))) {
                return List.of();
            }
            final List<CandidateRule> out = new ArrayList<>();
            out.add(form(candidate, fromOld.group(1) + "." + fromOld.group(2), fromNew.group(1) + "." + fromNew.group(2)));
            submoduleForm(candidate, fromOld.group(1), fromNew.group(1), fromOld.group(2), fromNew.group(2), modules)
                    .ifPresent(out::add);
            return out;
        }
        final Matcher dottedOld = DOTTED.matcher(candidate.pattern());
        final Matcher dottedNew = DOTTED.matcher(candidate.template());
        if (!dottedOld.matches() || !dottedNew.matches()) {
            return List.of();
        }
        final Optional<String> aliased = aliasedModule(candidate, dottedOld.group(1), aliases, modules);
        if (aliased.isPresent() && dottedOld.group(1).equals(dottedNew.group(1))
                && !dottedOld.group(2).equals(dottedNew.group(2)) && !"$NAME".equals(dottedOld.group(2))) {
            return List.of(form(candidate, "from " + aliased.get() + " import " + dottedOld.group(2),
                    "from " + aliased.get() + " import " + dottedNew.group(2)));
        }
        if (!modules.contains(head(dottedOld.group(1)))) {
            return List.of();
        }
        if (dottedOld.group(2).equals(dottedNew.group(2)) && !dottedOld.group(1).equals(dottedNew.group(1))) {
            return List.of(form(candidate, "from " + dottedOld.group(1) + " import " + dottedOld.group(2),
                    "from " + dottedNew.group(1) + " import " + dottedNew.group(2)));
        }
        return submoduleForm(candidate, dottedOld.group(1), dottedNew.group(1), dottedOld.group(2), dottedNew.group(2),
                modules).map(List::of).orElse(List.of());
    }

    /** The module a one-name qualifier stands for ({@link ModuleAliases#qualifierModule}), if any. */
    private static Optional<String> aliasedModule(final CandidateRule candidate, final String qualifier,
            final Map<String, String> aliases, final Set<String> modules) {
        if (qualifier.contains(".") || qualifier.startsWith("$")) {
            return Optional.empty();
        }
        final String module = ModuleAliases.qualifierModule(qualifier, candidate.examples(), aliases, modules);
        return module.isEmpty() ? Optional.empty() : Optional.of(module);
    }

    /**
     * Whether every example that uses the imported name outside its imports uses the new name the
     * same way: {@code plot_partial_dependence(...)} -> {@code PartialDependenceDisplay.from_estimator(...)}
     * renames more than the import, so {@code inspection.plot_partial_dependence} must not become
     * {@code inspection.PartialDependenceDisplay}.
     */
    private static boolean usedAsAlias(final List<Example> examples, final String name, final String newName) {
        for (final Example example : examples) {
            final List<String> before = codeWords(example.oldCode());
            final List<String> after = codeWords(example.newCode());
            before.replaceAll(word -> word.equals(name) ? newName : word);
            if (!before.equals(after)) {
                return false;
            }
        }
        return true;
    }

    /** The code's token texts outside its import statements. */
    private static List<String> codeWords(final String code) {
        final Tokens tokens = PythonLexer.lex(code);
        final List<ImportStatement> imports = Imports.scan(tokens).statements();
        final List<String> words = new ArrayList<>();
        final CodeView view = new CodeView(tokens);
        int next = 0;
        for (int c = 0; c < view.size(); c++) {
            while (next < imports.size() && imports.get(next).endOffset() <= view.start(c)) {
                next++;
            }
            final boolean inImport = next < imports.size() && view.start(c) >= imports.get(next).startOffset();
            if (!inImport && view.kind(c) != TokenKind.NEWLINE && view.kind(c) != TokenKind.ENDMARKER) {
                words.add(view.text(c));
            }
        }
        return words;
    }

    /**
     * An import rename whose module path starts with {@code $X} ({@code $X._pytree import
     * _register_pytree_node}), spelled out with the module path its examples all import from
     * ({@code from torch.utils._pytree import _register_pytree_node}); empty when they differ.
     */
    private static Optional<CandidateRule> spelledOut(final CandidateRule candidate) {
        final Matcher oldImport = RECEIVER_IMPORT.matcher(candidate.pattern());
        final Matcher newImport = RECEIVER_IMPORT.matcher(candidate.template());
        if (!oldImport.matches() || !newImport.matches()) {
            return Optional.empty();
        }
        final Set<String> receivers = new HashSet<>();
        for (final Example example : candidate.examples()) {
            for (final ImportStatement statement : Imports.scan(PythonLexer.lex(example.oldCode())).statements()) {
                final boolean imports = statement.names().stream().anyMatch(a -> a.name().equals(oldImport.group(2)));
                if (statement.from() && imports && statement.module().endsWith(oldImport.group(1))) {
                    receivers.add(statement.module().substring(0, statement.module().length() - oldImport.group(1).length()));
                }
            }
        }
        if (receivers.size() != 1 || receivers.iterator().next().isEmpty()) {
            return Optional.empty();
        }
        final String receiver = receivers.iterator().next();
        return Optional.of(new CandidateRule("from " + receiver + oldImport.group(1) + " import " + oldImport.group(2),
                "from " + receiver + newImport.group(1) + " import " + newImport.group(2), Map.of(), candidate.kind(),
                candidate.imports(), candidate.examples()));
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
