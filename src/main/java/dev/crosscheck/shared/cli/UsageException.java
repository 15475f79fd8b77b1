package dev.crosscheck.shared.cli;

/** A command was asked something it cannot do; the message is shown to the user as is. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
