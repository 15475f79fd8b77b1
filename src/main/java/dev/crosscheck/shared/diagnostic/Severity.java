package dev.crosscheck.shared.diagnostic;

public enum Severity {
    ERROR, WARNING, NOTE
}
