package dev.crosscheck.shared.diagnostic;

/**
 * Every check the dataset reader and the validator can report. The ids are stable: CI
 * configurations and SARIF consumers key on them.
 */
public enum CheckId {
    YAML_SYNTAX("yaml-syntax", Severity.ERROR, "The file is not well-formed YAML/JSON or breaks a safety limit"),
    SCHEMA("schema", Severity.ERROR, "A required field is missing or has the wrong type"),
    UNFILLED_PLACEHOLDER("unfilled-placeholder", Severity.ERROR, "A suggested claim still has a TODO placeholder for a curator to fill"),
    UNKNOWN_ENTITY("unknown-entity", Severity.ERROR, "A claim refers to an entity that is not defined"),
    UNKNOWN_PROPERTY("unknown-property", Severity.ERROR, "A claim uses a property that is not defined"),
    UNKNOWN_SOURCE("unknown-source", Severity.ERROR, "A claim cites a source that is not defined"),
    UNKNOWN_UNIT("unknown-unit", Severity.ERROR, "A unit id that is not defined"),
    DUPLICATE_ID("duplicate-id", Severity.ERROR, "Two definitions share one id"),
    UNIT_MISMATCH("unit-mismatch", Severity.ERROR, "The claim's unit does not fit its property"),
    INVALID_VALUE("invalid-value", Severity.ERROR, "The value cannot be read as the property's datatype"),
    QUOTE_NOT_FOUND("quote-not-found", Severity.ERROR, "The quote does not occur in its source"),
    AMBIGUOUS_QUOTE("ambiguous-quote", Severity.ERROR, "The quote occurs more than once in its source and nothing says which place is meant"),
    QUOTE_OFFSET_MISMATCH("quote-offset-mismatch", Severity.ERROR, "The quote does not occur at the offsets the claim gives"),
    SOURCE_UNREADABLE("source-unreadable", Severity.ERROR, "A source file cannot be read"),
    RULE_CONFLICT("rule-conflict", Severity.ERROR, "The rules engine found a conflict between claims"),
    RULE_TENSION("rule-tension", Severity.WARNING, "The rules engine found a tension between claims");

    private final String id;
    private final Severity severity;
    private final String description;

    CheckId(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
