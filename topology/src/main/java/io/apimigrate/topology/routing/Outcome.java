package io.apimigrate.topology.routing;

import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MigrationResult;

/** What the router made of one record of the snippet topic. */
public sealed interface Outcome {

    /** Answered in the topology (direct rewrite or unchanged): goes to the results topic. */
    record Answered(MigrationResult result) implements Outcome {
    }

    /** Needs the generator: goes to the guided-generation topic. */
    record Guided(GenerationRequest request) implements Outcome {
    }

    /**
     * Not processable: the original bytes go to the dead-letter topic.
     *
     * @param original the record's value as it was read
     * @param stage where it failed
     * @param reason what is wrong, for people
     * @param exception the class of the exception behind it, or empty
     */
    record Rejected(byte[] original, RejectStage stage, String reason, String exception) implements Outcome {
    }
}
