package io.apimigrate.schemas.serde;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MetricsSnapshot;
import io.apimigrate.schemas.MigrationExample;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.ResultStatus;
import io.apimigrate.schemas.RuleHint;
import java.time.Instant;
import java.util.List;

/** One fully populated record of each topic type. */
final class Samples {

    static final Instant SUBMITTED = Instant.parse("2025-01-02T03:04:05.678Z");

    private Samples() {
    }

    static CodeSnippet snippet() {
        return CodeSnippet.newBuilder()
                .setId("s-1")
                .setCode("""
                        df = df.append(other)
                        """)
                .setRepository("github.com/example/repo")
                .setPath("src/load.py")
                .setLine(42)
                .setLibraryHints(List.of("pandas"))
                .setExpected("""
                        df = pd.concat([df, other])
                        """)
                .setSubmittedAt(SUBMITTED)
                .build();
    }

    static RuleHint hint() {
        return RuleHint.newBuilder()
                .setRuleId("pandas-append")
                .setLibrary("pandas")
                .setOldApi("DataFrame.append")
                .setNewApi("pandas.concat")
                .setExampleBefore("a = a.append(b)")
                .setExampleAfter("a = pd.concat([a, b])")
                .setProposedRewrite("df = pd.concat([df, other])")
                .setConfidence(0.7)
                .build();
    }

    static GenerationRequest request() {
        return GenerationRequest.newBuilder()
                .setSnippet(snippet())
                .setStrategy(MigrationStrategy.RULE_GUIDED)
                .setConfidence(0.7)
                .setLibrary("pandas")
                .setHints(List.of(hint()))
                .setRoutedAt(SUBMITTED.plusMillis(3))
                .build();
    }

    static MigrationResult result() {
        return MigrationResult.newBuilder()
                .setSnippetId("s-1")
                .setOriginal("df = df.append(other)")
                .setMigrated("df = pd.concat([df, other])")
                .setStrategy(MigrationStrategy.DIRECT_RULE)
                .setConfidence(0.93)
                .setAppliedRules(List.of("pandas-append"))
                .setGenerator("rules")
                .setModel(null)
                .setValid(true)
                .setStatus(ResultStatus.OK)
                .setLatencyMs(2)
                .setError(null)
                .setLibrary("pandas")
                .setExpected("df = pd.concat([df, other])")
                .setSubmittedAt(SUBMITTED)
                .setCompletedAt(SUBMITTED.plusMillis(9))
                .build();
    }

    static MetricsSnapshot metrics() {
        return MetricsSnapshot.newBuilder()
                .setWindowStart(Instant.parse("2025-01-02T03:04:00Z"))
                .setWindowEnd(Instant.parse("2025-01-02T03:05:00Z"))
                .setDimension("strategy")
                .setValue("DIRECT_RULE")
                .setCount(10)
                .setValidCount(10)
                .setErrorCount(0)
                .setEvaluated(4)
                .setExactMatches(3)
                .setExactMatch(0.75)
                .setAvgSimilarity(0.9)
                .setLatencyP50Ms(5)
                .setLatencyP90Ms(8)
                .setLatencyP99Ms(12)
                .setLatencyMaxMs(12)
                .build();
    }

    static MigrationRule rule() {
        return MigrationRule.newBuilder()
                .setId("pandas-append")
                .setLibrary("pandas")
                .setOldApi("DataFrame.append")
                .setNewApi("pandas.concat")
                .setConfidence(0.7)
                .setRuleJson("{\"id\":\"pandas-append\"}")
                .build();
    }

    static MigrationExample example() {
        return MigrationExample.newBuilder()
                .setId("ex-1")
                .setOldCode("df.append(x)")
                .setNewCode("pd.concat([df, x])")
                .setLibrary("pandas")
                .setFromVersion("1.5")
                .setToVersion("2.0")
                .setOldApi("DataFrame.append")
                .setNewApi("pandas.concat")
                .setKind("restructure")
                .setSource("https://pandas.pydata.org/docs/whatsnew/v2.0.0.html")
                .build();
    }
}
