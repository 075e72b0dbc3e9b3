package io.apimigrate.worker.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.RuleHint;
import io.apimigrate.rules.Strategy;
import io.apimigrate.worker.prompt.MigrationTask;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputValidatorTest {

    private static final String BEFORE = """
            df = df.append(row, ignore_index=True)
            """;
    private static final RuleHint APPEND = new RuleHint("pandas-append", "pandas", "DataFrame.append",
            "pandas.concat", "", "", "", 0.7);

    private final OutputValidator validator = new OutputValidator(ValidationLimits.DEFAULT);

    private static MigrationTask guided(final String code, final RuleHint... hints) {
        return new MigrationTask("s1", code, "pandas", Strategy.RULE_GUIDED, 0.7, List.of(hints));
    }

    private static MigrationTask llmOnly(final String code) {
        return new MigrationTask("s1", code, "", Strategy.LLM_ONLY, 0.0, List.of());
    }

    @Test
    void aMigrationNamingTheHintedApiPasses() {
        final Verdict verdict = validator.check(guided(BEFORE, APPEND), """
                df = pd.concat([df, row], ignore_index=True)
                """);

        assertEquals(Verdict.ok(OutcomeStatus.MIGRATED), verdict);
    }

    @Test
    void anEchoOfTheInputIsCaughtWhenAChangeWasHinted() {
        final Verdict verdict = validator.check(guided(BEFORE, APPEND), """
                df = df.append(row, ignore_index=True)   \n
                """);

        assertEquals(OutcomeStatus.ECHO, verdict.status());
        assertEquals("output repeats the input although rule pandas-append hints DataFrame.append -> pandas.concat",
                verdict.detail());
    }

    @Test
    void anEchoWithoutHintsIsAnUnchangedAnswer() {
        assertEquals(Verdict.ok(OutcomeStatus.UNCHANGED), validator.check(llmOnly("x = 1\n"), "x = 1"));
    }

    @Test
    void aRewriteWithoutTheHintedNewApiIsRejected() {
        final Verdict verdict = validator.check(guided(BEFORE, APPEND), """
                df = df._append(row, ignore_index=True)
                """);

        assertEquals(OutcomeStatus.MISSING_NEW_API, verdict.status());
        assertEquals("output names none of [concat] hinted for DataFrame.append by rule pandas-append",
                verdict.detail());
    }

    @Test
    void theNewApiInACommentOrStringDoesNotCount() {
        final Verdict verdict = validator.check(guided(BEFORE, APPEND), """
                df = df._append(row, ignore_index=True)  # use concat
                msg = "concat"
                """);

        assertEquals(OutcomeStatus.MISSING_NEW_API, verdict.status());
    }

    @Test
    void anyAlternativeForTheSameOldApiSatisfiesTheCheck() {
        final RuleHint alternative = new RuleHint("pandas-append-loc", "pandas", "DataFrame.append",
                "DataFrame.loc", "", "", "", 0.62);

        final Verdict verdict = validator.check(guided(BEFORE, APPEND, alternative), "df.loc[len(df)] = row\n");

        assertEquals(OutcomeStatus.MIGRATED, verdict.status());
    }

    @Test
    void llmOnlyAnswersNeedNotNameAWeakHintsApi() {
        final MigrationTask task = new MigrationTask("s1", BEFORE, "pandas", Strategy.LLM_ONLY, 0.3, List.of(APPEND));

        assertEquals(OutcomeStatus.MIGRATED, validator.check(task, "df = df._append(row)\n").status());
    }

    @Test
    void garbageThatDoesNotLexIsInvalid() {
        final Verdict verdict = validator.check(guided(BEFORE, APPEND), "df = pd.concat([df, row]) ? 'oops\n");

        assertEquals(OutcomeStatus.INVALID_OUTPUT, verdict.status());
        assertTrue(verdict.detail().startsWith("output does not lex: unexpected"), verdict.detail());
    }

    @Test
    void unbalancedBracketsAreInvalid() {
        final Verdict verdict = validator.check(guided(BEFORE, APPEND), "df = pd.concat([df, row]\n");

        assertEquals(new Verdict(OutcomeStatus.INVALID_OUTPUT, "output has unbalanced brackets"), verdict);
    }

    @Test
    void aFragmentInputMayGiveAFragmentOutput() {
        final Verdict verdict = validator.check(guided("df = df.append(row,\n", APPEND), "df = pd.concat([df, row],\n");

        assertEquals(OutcomeStatus.MIGRATED, verdict.status());
    }

    @Test
    void anEmptyOutputIsInvalid() {
        assertEquals(new Verdict(OutcomeStatus.INVALID_OUTPUT, "empty output"),
                validator.check(guided(BEFORE, APPEND), " \n"));
    }

    @Test
    void anAbsurdlyLongOutputIsInvalid() {
        final String rambling = "df = pd.concat([df, row])\n" + "x = 1\n".repeat(100);

        final Verdict verdict = validator.check(guided(BEFORE, APPEND), rambling);

        assertEquals(new Verdict(OutcomeStatus.INVALID_OUTPUT,
                "output is 626 chars, more than the 356 allowed for a 39-char input"), verdict);
    }

    @Test
    void theKeyNameIsTheNewApisLastComponent() {
        assertEquals("concat", OutputValidator.keyName("pandas.concat"));
        assertEquals("solve", OutputValidator.keyName("torch.linalg.solve(A, B)"));
        assertEquals("float64", OutputValidator.keyName(" np.float64 "));
        assertEquals("", OutputValidator.keyName("a @ b"));
    }
}
