package io.apimigrate.topology.routing;

/** Where the topology gave up on a snippet. */
public enum RejectStage {
    /** The value is not a CodeSnippet in single-object encoding. */
    DECODE,
    /** The snippet decoded but is not acceptable (key, empty or oversized code, language). */
    VALIDATE,
    /** The rule engine failed on the snippet. */
    ROUTE
}
