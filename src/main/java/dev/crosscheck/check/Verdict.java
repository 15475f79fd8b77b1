package dev.crosscheck.check;

/** What the sources say about a statement. */
public enum Verdict {
    /** At least one source states it, none contradicts it. */
    SUPPORTED,
    /** The sources that speak to it say otherwise, none states it. */
    CONTRADICTED,
    /** The sources disagree about it among themselves: some state it, some contradict it, or an open finding of the rules engine says they conflict. */
    CONTESTED,
    /** The sources do not settle it, or the sentence could not be read as a checkable statement. */
    NOT_ENOUGH_INFO
}
