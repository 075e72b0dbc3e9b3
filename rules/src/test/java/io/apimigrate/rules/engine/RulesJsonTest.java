package io.apimigrate.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.model.RulesJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules.json: strict parsing with errors that name the field, and a lossless round trip. */
class RulesJsonTest {

    @TempDir
    Path dir;

    @Test
    void handWrittenRuleNeedsOnlyIdPatternTemplateAndIsFullyConfident() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"np.float\", \"template\": \"float\"}");
        assertEquals(1.0, rule.confidence());
        assertEquals(RuleOrigin.HAND_WRITTEN, rule.origin());
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        final Rule rule = Rules.withImports(Rules.rule("x", "cumproduct($A)", "cumprod($A)"), "from numpy import cumprod");
        final Path file = dir.resolve("rules.json");
        RulesJson.write(RuleSet.of(List.of(rule)), file);
        assertEquals(rule, RulesJson.read(file).rules().get(0));
    }

    @Test
    void evidenceThatExamplesWroteToAMatchRoundTrips() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"cfg.old\", \"template\": \"cfg.new\", "
                + "\"origin\": \"learned\", \"confidence\": 0.9, \"evidence\": {\"modules\": [\"lib\"], \"assigned\": true}}");
        final Path file = dir.resolve("rules.json");
        RulesJson.write(RuleSet.of(List.of(rule)), file);
        assertTrue(RulesJson.read(file).rules().get(0).evidence().assigned());
    }

    @Test
    void constraintsRoundTripAndLimitMatches() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"$X.encode('utf-8')\", "
                + "\"template\": \"$X.encode()\", \"constraints\": {\"X\": \"string\"}}");
        final Path file = dir.resolve("rules.json");
        RulesJson.write(RuleSet.of(List.of(rule)), file);
        assertEquals(rule, RulesJson.read(file).rules().get(0));
        assertEquals("'a'.encode()\nb.encode('utf-8')\n", Rules.rewrite("'a'.encode('utf-8')\nb.encode('utf-8')\n", rule));
    }

    @Test
    void regexConstraintRoundTripsAndLimitsMatches() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"np.$NAME\", \"template\": \"$NAME\", "
                + "\"constraints\": {\"NAME\": {\"kind\": \"identifier\", \"regex\": \"(?:Error|Warning)$\"}}}");
        final Path file = dir.resolve("rules.json");
        RulesJson.write(RuleSet.of(List.of(rule)), file);
        assertEquals(rule, RulesJson.read(file).rules().get(0));
        assertEquals("AxisError\nnp.zeros\n", Rules.rewrite("np.AxisError\nnp.zeros\n", rule));
    }

    @Test
    void aRegexThatKeepsThePatternOffItsOwnOutputMakesTheRuleSettle() throws Exception {
        final String rule = "{\"id\": \"x\", \"pattern\": \"tf.$NAME\", \"template\": \"tf.compat.v1.$NAME\"%s}";
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.parseRule(String.format(rule, "")));
        assertTrue(e.getMessage().contains("the pattern matches the template again"), e.getMessage());
        final Rule limited = RulesJson.parseRule(String.format(rule,
                ", \"constraints\": {\"NAME\": {\"kind\": \"identifier\", \"regex\": \"_initializer$\"}}"));
        assertEquals("tf.compat.v1.zeros_initializer()\n", Rules.rewrite("tf.zeros_initializer()\n", limited));
    }

    @Test
    void aRuleThatCallsTheAttributeItMatchesSettlesAndLeavesCallsOfItAlone() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"amp.custom_fwd\", "
                + "\"template\": \"amp.custom_fwd(device_type=\\\"cuda\\\")\"}");
        assertEquals("@amp.custom_fwd(device_type=\"cuda\")\n@amp.custom_fwd(cast_inputs=t)\n",
                Rules.rewrite("@amp.custom_fwd\n@amp.custom_fwd(cast_inputs=t)\n", rule));
    }

    @Test
    void aRuleThatCallsTheBareNameItMatchesDoesNotSettle() {
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.parseRule("{\"id\": \"x\", "
                + "\"pattern\": \"task\", \"template\": \"task(multiple_outputs=True)\"}"));
        assertTrue(e.getMessage().contains("the pattern matches the template again"), e.getMessage());
    }

    @Test
    void aBacktrackingRegexConstraintGivesUpInsteadOfHanging() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"f($X)\", \"template\": \"g($X)\", "
                + "\"constraints\": {\"X\": {\"regex\": \"(.*a){40}|^ok$\"}}}");
        final String stuck = "f(" + "a".repeat(38) + ".b)\n";
        assertEquals(stuck + "g(ok)\n",
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Rules.rewrite(stuck + "f(ok)\n", rule)));
    }

    @Test
    void invalidRegexConstraintIsNamed() {
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.parseRule("{\"id\": \"x\", "
                + "\"pattern\": \"f($X)\", \"template\": \"g($X)\", \"constraints\": {\"X\": {\"regex\": \"(a\"}}}"));
        assertTrue(e.getMessage().startsWith("constraints.X.regex: Unclosed group"), e.getMessage());
    }

    @Test
    void unknownConstraintFieldIsNamed() {
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.parseRule("{\"id\": \"x\", "
                + "\"pattern\": \"f($X)\", \"template\": \"g($X)\", \"constraints\": {\"X\": {\"regx\": \"a\"}}}"));
        assertTrue(e.getMessage().startsWith("constraints.X.regx: unknown field"), e.getMessage());
    }

    @Test
    void unknownConstraintKindIsNamed() {
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.parseRule("{\"id\": \"x\", "
                + "\"pattern\": \"f($X)\", \"template\": \"g($X)\", \"constraints\": {\"X\": \"str\"}}"));
        assertTrue(e.getMessage().startsWith("constraints.X: unknown kind 'str'"), e.getMessage());
    }

    @Test
    void constraintOnAnUnboundMetavariableIsNamed() {
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.parseRule("{\"id\": \"x\", "
                + "\"pattern\": \"f($X)\", \"template\": \"g($X)\", \"constraints\": {\"Y\": \"string\"}}"));
        assertTrue(e.getMessage().startsWith("constraints.Y: the pattern has no $Y"), e.getMessage());
    }

    @Test
    void unknownFieldIsNamed() {
        final var e = assertThrows(RuleFormatException.class,
                () -> RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"a.b\", \"template\": \"c\", \"fixx\": 1}"));
        assertTrue(e.getMessage().startsWith("fixx: unknown field"), e.getMessage());
    }

    @Test
    void unboundTemplateMetavariableIsNamed() {
        final var e = assertThrows(RuleFormatException.class,
                () -> RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"f($A)\", \"template\": \"g($B)\"}"));
        assertTrue(e.getMessage().contains("$B is not bound"), e.getMessage());
    }

    @Test
    void importLineMayUseAPatternMetavariable() throws RuleFormatException {
        final var rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"np.$NAME\", \"template\": \"$NAME\", "
                + "\"constraints\": {\"NAME\": \"identifier\"}, "
                + "\"imports\": {\"add\": [\"from numpy.exceptions import $NAME\"]}}");
        assertEquals(List.of("from numpy.exceptions import $NAME"), rule.imports().add());
    }

    @Test
    void importLineMetavariableThePatternLacksIsNamed() {
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.parseRule("{\"id\": \"x\", "
                + "\"pattern\": \"np.$NAME\", \"template\": \"$NAME\", \"imports\": {\"add\": [\"from m import $OTHER\"]}}"));
        assertTrue(e.getMessage().contains("imports.add: 'from m import $OTHER' uses $OTHER"), e.getMessage());
    }

    @Test
    void importLineMetavariableNotLimitedToOneNameIsNamed() {
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.parseRule("{\"id\": \"x\", "
                + "\"pattern\": \"np.$NAME\", \"template\": \"$NAME\", \"imports\": {\"add\": [\"from m import $NAME\"]}}"));
        assertTrue(e.getMessage().contains("constrained to one name (constraints: {\"NAME\": \"identifier\"})"),
                e.getMessage());
    }

    @Test
    void positionalArgumentsOfTheCallAfterAMethodRoundTrip() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"$X.save\", \"template\": \"$X.close\", "
                + "\"origin\": \"learned\", \"confidence\": 0.9, \"evidence\": {\"modules\": [\"lib\"], \"ambiguous\": true, "
                + "\"positional_arguments\": 0}}");
        final Path file = dir.resolve("rules.json");
        RulesJson.write(RuleSet.of(List.of(rule)), file);
        assertEquals(0, RulesJson.read(file).rules().get(0).evidence().positionalArguments());
        assertEquals(-1, RulesJson.parseRule("{\"id\": \"y\", \"pattern\": \"a.b\", \"template\": \"c\"}").evidence()
                .positionalArguments());
    }

    @Test
    void evidenceThatExamplesUnpackedAMatchRoundTrips() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"a.b($A1)\", \"template\": \"c($A1)\", "
                + "\"origin\": \"learned\", \"confidence\": 0.9, \"evidence\": {\"modules\": [\"lib\"], \"unpacked\": true}}");
        final Path file = dir.resolve("rules.json");
        RulesJson.write(RuleSet.of(List.of(rule)), file);
        assertTrue(RulesJson.read(file).rules().get(0).evidence().unpacked());
        assertFalse(RulesJson.parseRule("{\"id\": \"y\", \"pattern\": \"a.b\", \"template\": \"c\"}").evidence()
                .unpacked());
    }

    @Test
    void theModulesOfTheExamplesReceiversRoundTrip() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"$X.b\", \"template\": \"$X.c\", "
                + "\"origin\": \"learned\", \"confidence\": 0.9, \"evidence\": {\"modules\": [\"lib\"], "
                + "\"receiver_names\": [\"nn\"], \"ambiguous\": true, \"receiver_modules\": [\"lib.nn\"]}}");
        final Path file = dir.resolve("rules.json");
        RulesJson.write(RuleSet.of(List.of(rule)), file);
        assertEquals(List.of("lib.nn"), RulesJson.read(file).rules().get(0).evidence().receiverModules());
    }

    @Test
    void theArgumentsAnExtendedRunWasShownRoundTrip() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"a.b($$$ARGS)\", \"template\": "
                + "\"a.c($$$ARGS, k=1)\", \"origin\": \"learned\", \"confidence\": 0.9, \"evidence\": {\"modules\": "
                + "[\"lib\"], \"run_positionals\": 1, \"run_keywords\": [\"sep\"]}}");
        final Path file = dir.resolve("rules.json");
        RulesJson.write(RuleSet.of(List.of(rule)), file);
        final var evidence = RulesJson.read(file).rules().get(0).evidence();
        assertEquals(1, evidence.runPositionals());
        assertEquals(List.of("sep"), evidence.runKeywords());
    }

    @Test
    void theKeywordsARenamedCalleeWasShownRoundTripEvenWhenNone() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"a.b\", \"template\": \"a.c\", "
                + "\"origin\": \"learned\", \"confidence\": 0.9, \"evidence\": {\"modules\": [\"lib\"], "
                + "\"callee_keywords\": []}}");
        final Path file = dir.resolve("rules.json");
        RulesJson.write(RuleSet.of(List.of(rule)), file);
        assertEquals(List.of(), RulesJson.read(file).rules().get(0).evidence().calleeKeywords());
    }

    @Test
    void rulesWithoutTheKeywordsOfARenamedCalleeHoldNoneToThem() throws Exception {
        final Rule rule = RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"a.b\", \"template\": \"a.c\", "
                + "\"origin\": \"learned\", \"confidence\": 0.9, \"evidence\": {\"modules\": [\"lib\"]}}");
        assertNull(rule.evidence().calleeKeywords());
    }

    @Test
    void negativePositionalArgumentsAreNamed() {
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.parseRule("{\"id\": \"x\", \"pattern\": "
                + "\"a.b\", \"template\": \"c\", \"evidence\": {\"modules\": [], \"positional_arguments\": -2}}"));
        assertTrue(e.getMessage().contains("positional_arguments"), e.getMessage());
    }

    @Test
    void confidenceOutOfRangeIsNamed() {
        final var e = assertThrows(RuleFormatException.class,
                () -> RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"a.b\", \"template\": \"c\", \"confidence\": 2}"));
        assertTrue(e.getMessage().startsWith("confidence:"), e.getMessage());
    }

    @Test
    void patternWithoutLiteralIsRejected() {
        final var e = assertThrows(RuleFormatException.class,
                () -> RulesJson.parseRule("{\"id\": \"x\", \"pattern\": \"$A\", \"template\": \"f($A)\"}"));
        assertTrue(e.getMessage().startsWith("pattern:"), e.getMessage());
    }

    @Test
    void fileErrorsNameFileAndRuleIndex() throws Exception {
        final Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"rules\": [{\"id\": \"ok\", \"pattern\": \"a.b\", \"template\": \"c\"}, {\"pattern\": \"x.y\"}]}");
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.read(file));
        assertTrue(e.getMessage().contains("bad.json: rules[1]: id: required"), e.getMessage());
    }

    @Test
    void malformedJsonNamesTheLine() throws Exception {
        final Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"rules\": [\n{\"id\": }\n]}");
        final var e = assertThrows(RuleFormatException.class, () -> RulesJson.read(file));
        assertTrue(e.getMessage().contains("broken.json:2: not valid JSON"), e.getMessage());
    }
}
