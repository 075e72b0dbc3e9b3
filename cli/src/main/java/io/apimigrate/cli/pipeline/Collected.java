package io.apimigrate.cli.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link ResultCollector} read for one job.
 *
 * @param answers the first answer per snippet id, in arrival order
 * @param duplicates snippet ids answered more than once, with the number of extra answers
 * @param problems records of the job that could not be read, one line each
 * @param complete whether every expected answer arrived before the timeout
 */
public record Collected(Map<String, Answer> answers, Map<String, Integer> duplicates, List<String> problems,
        boolean complete) {

    public Collected {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        duplicates = Map.copyOf(duplicates);
        problems = List.copyOf(problems);
    }

    /** The number of extra answers over all ids. */
    public int duplicateCount() {
        return duplicates.values().stream().mapToInt(Integer::intValue).sum();
    }
}
