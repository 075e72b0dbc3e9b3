package io.apimigrate.worker.prompt;

import io.apimigrate.rules.RuleHint;
import io.apimigrate.rules.Strategy;
import java.util.List;
import java.util.Objects;

/**
 * One snippet for the generator, independent of its wire format.
 *
 * @param id the snippet's id
 * @param code the code to migrate
 * @param library the library the snippet is thought to use, or empty
 * @param route how the topology routed it: {@link Strategy#RULE_GUIDED} or {@link Strategy#LLM_ONLY}
 * @param confidence the best rule match's confidence, 0 when none matched
 * @param hints the matching rules, best first
 */
public record MigrationTask(
        String id, String code, String library, Strategy route, double confidence, List<RuleHint> hints) {

    public MigrationTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(route, "route");
        hints = List.copyOf(hints);
    }

    /** The hints that name a replacement API, i.e. those that ask for a change. */
    public List<RuleHint> changeHints() {
        return hints.stream().filter(h -> h.newApi() != null && !h.newApi().isBlank()).toList();
    }
}
