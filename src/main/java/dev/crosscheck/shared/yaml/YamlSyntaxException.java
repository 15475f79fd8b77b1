package dev.crosscheck.shared.yaml;

/** A document that is not well-formed YAML/JSON, or that breaks a safety limit. */
public class YamlSyntaxException extends Exception {

    private final int line;
    private final int column;

    public YamlSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
