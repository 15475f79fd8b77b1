package dev.crosscheck.shared.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * Base of every command: runs {@link #execute()} and turns whatever stops it into an exit status
 * and one line on stderr. A CI log should say what went wrong, never show a stack trace.
 */
public abstract class BaseCommand implements Callable<Integer> {

    @CommandLine.Spec
    protected CommandLine.Model.CommandSpec spec;

    /** Does the work; returns the exit status, or throws to have the failure mapped. */
    protected abstract int execute() throws Exception;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (UsageException e) {
            return fail(e.getMessage() + System.lineSeparator() + "Try '" + spec.qualifiedName() + " --help' for more information.");
        } catch (IOException e) {
            return fail(message(e));
        } catch (UncheckedIOException e) {
            return fail(message(e.getCause()));
        } catch (OutOfMemoryError e) {
            return fail("out of memory; raise the JVM heap (-Xmx) or validate smaller files");
        } catch (Exception e) {
            return fail("internal error: " + message(e));
        }
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.root().name() + ": " + message);
        err.flush();
        return ExitCodes.USAGE_OR_IO;
    }

    /** The exception's own message, first line only; its class only when it has none. */
    public static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m).strip();
    }
}
