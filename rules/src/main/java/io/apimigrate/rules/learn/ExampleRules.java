package io.apimigrate.rules.learn;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.metrics.Normalization;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.model.RuleValidator;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidate rules one example teaches: its diff grown into edit sites, each abstracted into
 * a pattern and template, kept only if together they turn the example's old code into its new
 * code exactly (falling back to the literal, unabstracted sites when the abstraction does not).
 */
final class ExampleRules {

    private ExampleRules() {
    }

    static List<CandidateRule> of(final Example example) {
        if (example.oldCode().equals(example.newCode())) {
            return List.of();
        }
        final AddedImports added = AddedImports.of(example.oldCode(), example.newCode());
        final CodeView before = new CodeView(PythonLexer.lex(example.oldCode()));
        final CodeView after = new CodeView(PythonLexer.lex(added.newCodeWithout()));
        final TokenDiff diff = TokenDiff.of(before, after);
        if (diff == null || diff.hunks.isEmpty()) {
            return List.of();
        }
        final List<EditSite> sites = new SiteFinder(before, after, diff).sites();
        final ContextImports context = ContextImports.of(example.oldCode(), example.newCode());
        final List<CandidateRule> abstracted = new ArrayList<>();
        final List<CandidateRule> literal = new ArrayList<>();
        for (final EditSite site : sites) {
            final SiteAbstraction.Result result = SiteAbstraction.abstractSite(before, after, diff, site);
            final CandidateRule candidate = new CandidateRule(deleted(result.pattern(), result.template()),
                    result.template(), result.kind(), added.lines(), List.of(example));
            abstracted.add(context.addTo(WrapGuard.guard(UnwrapKinds.constrain(candidate))));
            final String template = site.newTo() > site.newFrom() ? after.text(site.newFrom(), site.newTo()) : "";
            final String pattern = deleted(before.text(site.oldFrom(), site.oldTo()), template);
            literal.add(context.addTo(
                    new CandidateRule(pattern, template, RuleKind.RESTRUCTURE, added.lines(), List.of(example))));
        }
        if (reproduces(abstracted, example)) {
            return abstracted;
        }
        return reproduces(literal, example) ? literal : List.of();
    }

    /**
     * The pattern of a site, without the comment and line end a deleted statement took along: the
     * engine deletes a whole statement's line when the template is empty.
     */
    private static String deleted(final String pattern, final String template) {
        if (!template.isEmpty()) {
            return pattern;
        }
        final Tokens tokens = PythonLexer.lex(pattern);
        int last = tokens.prevCode(tokens.size());
        while (last >= 0 && (tokens.kind(last) == TokenKind.NEWLINE || tokens.kind(last) == TokenKind.ENDMARKER)) {
            last = tokens.prevCode(last);
        }
        return last < 0 ? pattern : pattern.substring(0, tokens.end(last));
    }

    /** Whether the candidates, applied together, turn the example's old code into its new code. */
    static boolean reproduces(final List<CandidateRule> candidates, final Example example) {
        final List<Rule> rules = new ArrayList<>();
        int n = 0;
        for (final CandidateRule candidate : candidates) {
            if (!valid(candidate)) {
                return false;
            }
            rules.add(provisional("c" + (n++), candidate));
        }
        final String output = MigrationEngine.of(RuleSet.of(rules), RoutingThresholds.DEFAULT)
                .migrate(example.oldCode()).output();
        return Normalization.normalize(output).equals(Normalization.normalize(example.newCode()));
    }

    /**
     * Whether the candidate passes the rule validator (its pattern compiles, its template settles,
     * ...) and, where its pattern's brackets pair up, so do its template's: a site cut across a
     * bracket ({@code torch.cuda.FloatTensor} -> {@code torch.float32)\ntorch.set_default_device("cuda"})
     * would break any code it matched; and its template holds no comment.
     */
    static boolean valid(final CandidateRule candidate) {
        final Tokens template = PythonLexer.lex(candidate.template());
        if (PythonLexer.lex(candidate.pattern()).balanced() && !template.balanced() || hasComment(template)) {
            return false;
        }
        try {
            RuleValidator.validate(provisional("candidate", candidate));
            return true;
        } catch (final IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the template holds a comment: the rewrite would write the example's comment into other code. */
    private static boolean hasComment(final Tokens template) {
        for (int i = 0; i < template.size(); i++) {
            if (template.kind(i) == TokenKind.COMMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * A fully confident rule for checking what a candidate does: written as if by hand, so the
     * engine applies it wherever it matches, as the candidate's examples showed it.
     */
    static Rule provisional(final String id, final CandidateRule candidate) {
        return new Rule(id, "", "", "", "", "", candidate.kind(), candidate.pattern(), candidate.template(),
                candidate.constraints(), new ImportEdits(candidate.imports()), Evidence.unambiguous(List.of(), 1.0), 1.0, 1, 1.0, true,
                RuleOrigin.HAND_WRITTEN, List.of());
    }

    /** Import statements the new code adds when it removes none, and the new code without them. */
    record AddedImports(List<String> lines, String newCodeWithout) {

        static AddedImports of(final String oldCode, final String newCode) {
            final Set<String> oldImports = new HashSet<>();
            final List<ImportStatement> oldStatements = Imports.scan(PythonLexer.lex(oldCode)).statements();
            for (final ImportStatement statement : oldStatements) {
                oldImports.add(oldCode.substring(statement.startOffset(), statement.endOffset()).strip());
            }
            final Tokens newTokens = PythonLexer.lex(newCode);
            final List<ImportStatement> newStatements = Imports.scan(newTokens).statements();
            final Set<String> newImports = new HashSet<>();
            for (final ImportStatement statement : newStatements) {
                newImports.add(newCode.substring(statement.startOffset(), statement.endOffset()).strip());
            }
            if (!newImports.containsAll(oldImports)) {
                return new AddedImports(List.of(), newCode);
            }
            final List<String> lines = new ArrayList<>();
            final StringBuilder without = new StringBuilder(newCode);
            for (int i = newStatements.size() - 1; i >= 0; i--) {
                final ImportStatement statement = newStatements.get(i);
                final String text = newCode.substring(statement.startOffset(), statement.endOffset()).strip();
                if (oldImports.contains(text) || !startsLine(newCode, statement.startOffset())) {
                    continue;
                }
                lines.add(0, text);
                int end = statement.endOffset();
                while (end < newCode.length() && newCode.charAt(end) != '\n') {
                    end++;
                }
                without.delete(lineStart(newCode, statement.startOffset()), Math.min(newCode.length(), end + 1));
            }
            return new AddedImports(List.copyOf(lines), without.toString());
        }

        private static boolean startsLine(final String code, final int offset) {
            for (int i = offset - 1; i >= 0 && code.charAt(i) != '\n'; i--) {
                if (code.charAt(i) != ' ' && code.charAt(i) != '\t') {
                    return false;
                }
            }
            return true;
        }

        private static int lineStart(final String code, final int offset) {
            int i = offset;
            while (i > 0 && code.charAt(i - 1) != '\n') {
                i--;
            }
            return i;
        }
    }
}
