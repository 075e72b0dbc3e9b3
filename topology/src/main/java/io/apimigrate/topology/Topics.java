package io.apimigrate.topology;

/**
 * The topic names the topology reads and writes (contracts.md section 5).
 *
 * @param snippets input snippets, {@code code-snippets}
 * @param guided snippets for the generator, {@code guided-generation}
 * @param results answers, {@code migration-results}
 * @param metrics windowed aggregates, {@code migration-metrics}
 * @param rules the compacted rule topic, {@code migration-rules}
 * @param deadLetters rejected snippets, {@code code-snippets-dlq}
 */
public record Topics(String snippets, String guided, String results, String metrics, String rules, String deadLetters) {

    /** The contract's default names. */
    public static final Topics DEFAULT = new Topics("code-snippets", "guided-generation", "migration-results",
            "migration-metrics", "migration-rules", "code-snippets-dlq");
}
