package io.apimigrate.worker.prompt;

/** Which fenced code block of a reply is the answer when the reply holds several. */
public enum BlockChoice {
    /** The first block: later blocks are alternatives or commentary. */
    FIRST,
    /** The last block: earlier blocks belong to the reasoning that precedes the answer. */
    LAST
}
