package dev.crosscheck.shared.cli;

/**
 * The exit statuses of every command, as listed by {@code --help}. CI keys on them: 1 means the
 * data is wrong, 2 means the command could not do its job.
 */
public final class ExitCodes {

    /** The command succeeded; for {@code validate}: nothing fails the validation. */
    public static final int OK = 0;
    /** The command ran and found failures (for {@code validate}: as chosen by {@code --fail-on}). */
    public static final int FAILURES = 1;
    /** Bad usage, a path that cannot be read or written, or any other failure that stopped the command. */
    public static final int USAGE_OR_IO = 2;

    private ExitCodes() {
    }
}
