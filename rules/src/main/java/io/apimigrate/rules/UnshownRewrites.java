package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.LiteralNames;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonBuiltins;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.Tokens;
import io.apimigrate.rules.rewrite.MatchRewriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a learned rule's rewrite would go beyond what its examples showed, so that it must not be
 * a direct answer. Hand-written and ast-grep rules say exactly what they mean and are never held
 * back here.
 */
final class UnshownRewrites {

    private UnshownRewrites() {
    }

    /**
     * Whether the match stands where the rule's examples cannot have shown what to do: a deletion
     * that would leave a block empty (the rewrite needs a {@code pass}), or a rename of a name a
     * {@code from} import imports by a rule without {@code import} in its pattern (whether the
     * module changes too is unknown: {@code from sklearn.preprocessing import Imputer} -> {@code
     * from sklearn.impute import SimpleImputer}), unless the rule is known to rename the name within
     * its module ({@link Respellings.Respelled#withinModule}), or an import rule's rename of a name
     * imported under an alias ({@link #aliased}), unless it only moves the name to another module.
     */
    static boolean place(final CompiledRule rule, final CodeView view, final Match match, final boolean withinModule) {
        return rule.rule().origin() == RuleOrigin.LEARNED && (MatchRewriter.emptiesBlock(rule.plan(), view, match)
                || !rule.matchesImports() && !withinModule
                        && EvidenceCheck.fromImportPart(view, match.start()) == EvidenceCheck.FromImportPart.NAMES
                || rule.matchesImports() && aliased(view, match) && renamesLastName(rule));
    }

    /**
     * Whether the rule's template ends in another name than its pattern: an import rule that only
     * moves the name to another module ({@code from sklearn.cross_validation import train_test_split}
     * -> {@code from sklearn.model_selection import train_test_split}) imports the same thing, so an
     * alias after it keeps standing for what it stood for.
     */
    private static boolean renamesLastName(final CompiledRule rule) {
        final List<Element> pattern = rule.plan().pattern().elements();
        final List<Element> template = rule.plan().templateElements();
        return pattern.isEmpty() || template.isEmpty()
                || !(pattern.get(pattern.size() - 1) instanceof Element.Literal last)
                || !(template.get(template.size() - 1) instanceof Element.Literal now)
                || !last.name() || !last.text().equals(now.text());
    }

    /**
     * Whether the name an import rule rewrites is imported under an alias ({@code from sklearn.metrics
     * import mean_squared_error as mse}): the alias keeps standing for whatever the import names, so
     * renaming it changes what every use of the alias calls, and the examples showed the rename with
     * the calls rewritten beside it ({@code mean_squared_error(..., squared=False)} ->
     * {@code root_mean_squared_error(...)}), which no rule does to {@code mse(...)}.
     */
    private static boolean aliased(final CodeView view, final Match match) {
        return match.end() < view.size() && view.textEquals(match.end(), "as");
    }

    /**
     * The ids of the learned rules among {@code applied} that leave a name unimported: one that
     * replaced a name the input imports ({@code from sklearn.metrics import mean_squared_error},
     * {@code import scipy as sp}) with one nothing in the output imports or defines
     * ({@code root_mean_squared_error(...)} under the old import, {@code np.linspace} for
     * {@code sp.linspace} without {@code import numpy as np}), one on any receiver that writes
     * such a name where the input shows imports and none binds it ({@code pd.concat(...)} under
     * {@code import pandas}, {@code np.ptp(x)} under {@code import os} alone), or one that drops an
     * imported name the output still uses ({@code from pydantic import BaseModel, validator} ->
     * {@code from pydantic import field_validator, BaseModel} above an unchanged
     * {@code @validator(...)}; {@code from scipy.integrate import simpson} above an unchanged
     * {@code simps(...)}): the code shows its imports, and the rule's examples did not show how to
     * change them. An import rule that imports another name in place of one is held back too where
     * nothing outside the imports uses the new name: its examples renamed the import beside the
     * calls they rewrote ({@code mean_squared_error(..., squared=False)}), and the old name may
     * still exist ({@code from sklearn.metrics import mean_squared_error} alone stays); and one whose
     * old name another import still binds to the new API ({@link #aliasOfIntroduced}).
     */
    static Set<String> unimported(final List<CompiledRule> applied, final Tokens input, final String output) {
        Set<String> offending = Set.of();
        Set<String> inputImports = null;
        CodeView outputView = null;
        Map<String, String> outputBindings = null;
        Set<String> outputImports = null;
        for (final CompiledRule rule : applied) {
            if (rule.rule().origin() != RuleOrigin.LEARNED) {
                continue;
            }
            final String introduced = rule.introducedName();
            final boolean introduces = introduced != null && !PythonBuiltins.isBuiltin(introduced);
            if (inputImports == null) {
                inputImports = Imports.scan(input).bindings().keySet();
            }
            final Set<String> dropped = droppedImportedNames(rule, inputImports);
            if (!introduces && !rule.matchesImports() && dropped.isEmpty()) {
                continue;
            }
            if (outputView == null) {
                outputView = new CodeView(PythonLexer.lex(output));
                outputBindings = Imports.scan(outputView.tokens()).bindings();
                outputImports = outputBindings.keySet();
            }
            final boolean showsImports = rule.replacedName() != null ? inputImports.contains(rule.replacedName())
                    : !rule.matchesImports() && !inputImports.isEmpty();
            final boolean leavesIntroducedUnimported = introduces && showsImports
                    && !outputImports.contains(introduced)
                    && !EvidenceCheck.definedAbove(outputView, introduced, outputView.size());
            final boolean renamesUnusedImport = rule.matchesImports() && introduces && !dropped.isEmpty()
                    && !usedOutsideImports(outputView, introduced);
            if (leavesIntroducedUnimported || renamesUnusedImport
                    || introduces && aliasOfIntroduced(dropped, introduced, outputBindings)
                    || usedThoughUnimported(dropped, outputImports, outputView)) {
                offending = offending.isEmpty() ? new LinkedHashSet<>() : offending;
                offending.add(rule.id());
            }
        }
        return offending;
    }

    /**
     * Whether an import the output keeps binds a dropped name to the name the rule introduces: the
     * code already imports the new API under the old name where it can ({@code try: from
     * sklearn.discriminant_analysis import LinearDiscriminantAnalysis as LDA}, {@code except
     * ImportError: from sklearn.lda import LDA}), so renaming the other import and the uses would
     * leave the new name unbound wherever the first import succeeds.
     */
    private static boolean aliasOfIntroduced(final Set<String> dropped, final String introduced,
            final Map<String, String> outputBindings) {
        for (final String name : dropped) {
            final String bound = outputBindings.get(name);
            if (bound != null && (bound.equals(introduced) || bound.endsWith("." + introduced))) {
                return true;
            }
        }
        return false;
    }

    /** The names the rule's pattern has and its template lacks that the input imports ({@code simps}). */
    private static Set<String> droppedImportedNames(final CompiledRule rule, final Set<String> inputImports) {
        Set<String> out = Set.of();
        final Set<String> kept = LiteralNames.of(rule.plan().templateElements());
        for (final String name : LiteralNames.of(rule.plan().pattern().elements())) {
            if (!kept.contains(name) && inputImports.contains(name)) {
                out = out.isEmpty() ? new LinkedHashSet<>() : out;
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Whether one of the dropped names is gone from the output's imports but still used there: an
     * import renamed while a call of the name was left as it was ({@code from scipy.integrate
     * import simpson} above an unchanged {@code simps(y, x, axis=0)}).
     */
    private static boolean usedThoughUnimported(final Set<String> dropped, final Set<String> outputImports,
            final CodeView output) {
        for (final String name : dropped) {
            if (!outputImports.contains(name) && usedOutsideImports(output, name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} stands alone (not after a dot) somewhere outside an import statement. */
    private static boolean usedOutsideImports(final CodeView code, final String name) {
        int statement = 0;
        for (int c = 0; c < code.size(); c++) {
            if (c > 0 && code.isStatementEnd(c - 1)) {
                statement = c;
            }
            if (code.textEquals(c, name) && !code.isOp(c - 1, '.')
                    && !code.textEquals(statement, "import") && !code.textEquals(statement, "from")) {
                return true;
            }
        }
        return false;
    }
}
