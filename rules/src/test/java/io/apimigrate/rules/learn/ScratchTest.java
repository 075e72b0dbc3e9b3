package io.apimigrate.rules.learn;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.examples.ExampleReader;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.python.PythonLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() throws Exception {
        final Set<String> ids = Set.of(System.getProperty("ids", "").split(","));
        for (final Example ex : ExampleReader.read(List.of(java.nio.file.Path.of("/work/main/data/examples")))) {
            if (!ids.contains(ex.id())) continue;
            System.out.println("=== " + ex.id());
            final ExampleRules.AddedImports added = ExampleRules.AddedImports.of(ex.oldCode(), ex.newCode());
            final CodeView before = new CodeView(PythonLexer.lex(ex.oldCode()));
            final CodeView after = new CodeView(PythonLexer.lex(added.newCodeWithout()));
            final TokenDiff diff = TokenDiff.of(before, after);
            final List<io.apimigrate.rules.model.Rule> rules = new ArrayList<>();
            int n = 0;
            for (final EditSite site : new SiteFinder(before, after, diff).sites()) {
                final SiteAbstraction.Result r = SiteAbstraction.abstractSite(before, after, diff, site);
                final CandidateRule c = new CandidateRule(r.pattern(), r.template(), r.kind(), added.lines(), List.of(ex));
                System.out.println("ABS [" + r.pattern() + "] => [" + r.template() + "] valid=" + ExampleRules.valid(c));
                rules.add(ExampleRules.provisional("c" + n++, c));
                final String lp = before.text(site.oldFrom(), site.oldTo());
                final String lt = site.newTo() > site.newFrom() ? after.text(site.newFrom(), site.newTo()) : "";
                System.out.println("LIT [" + lp + "] => [" + lt + "]");
            }
            System.out.println("OUT [" + MigrationEngine.of(RuleSet.of(rules), RoutingThresholds.DEFAULT).migrate(ex.oldCode()).output() + "]");
            System.out.println("WANT [" + ex.newCode() + "]");
        }
    }
}
