package dev.crosscheck.app;

import dev.crosscheck.shared.cli.ExitCodes;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

import java.util.function.BiConsumer;

/**
 * Entry point. Without arguments (or with {@code serve}) the service runs and serves HTTP; any
 * other first argument is a command-line command ({@code validate}, {@code --help}), run by
 * picocli in the same application without opening a port or touching the database.
 */
@QuarkusMain
public class CrosscheckMain {

    /** Held so the level set on it is not lost to garbage collection. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.hibernate");

    public static void main(String... args) {
        if (args.length > 0 && !"serve".equals(args[0])) {
            // Set before Quarkus starts: command mode opens no port and loads nothing into a store.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("crosscheck.load-on-start", "false");
            System.setProperty("quarkus.flyway.migrate-at-start", "false");
            // Commands work on files only: with the store inactive they cannot touch it, and start a second faster.
            System.setProperty("quarkus.hibernate-orm.active", "false");
            System.setProperty("quarkus.datasource.active", "false");
            System.setProperty("quarkus.flyway.active", "false");
            System.setProperty("quarkus.log.console.level", System.getProperty("quarkus.log.console.level", "WARN"));
            System.setProperty("quarkus.banner.enabled", "false");
            // A start-up failure (e.g. a bad -Dcrosscheck.* value) is reported below in one line, not logged with a stack trace.
            System.setProperty("quarkus.log.category.\"io.quarkus.runtime.Application\".level", "OFF");
            // Hibernate announces itself before Quarkus' logging is set up; a failed start would print that in raw form.
            QUIET.setLevel(java.util.logging.Level.WARNING);
            BiConsumer<Integer, Throwable> exit = ApplicationLifecycleManager.getDefaultExitCodeHandler();
            Quarkus.run(App.class, (status, failure) -> exitCommand(status, failure, exit), args);
            return;
        }
        serveOptions();
        Quarkus.run(App.class, args);
    }

    /**
     * Quarkus answers a request target that {@code java.net.URI} refuses with an empty 400 before
     * any handler runs; switched off, the service's own check answers it with a problem document
     * ({@code shared.error.RouterFailures}). Read once, when Quarkus' HTTP layer is loaded: so
     * before it starts (the test build sets it in the Surefire configuration).
     */
    static void serveOptions() {
        System.setProperty("vertx.disableURIValidation", "true");
    }

    /** Exit of command mode: the command's status, or 2 (usage or I/O error) when the application could not start. */
    private static void exitCommand(int status, Throwable failure, BiConsumer<Integer, Throwable> exit) {
        if (failure != null) {
            System.err.println("crosscheck: cannot start: " + innermostMessage(failure));
            exit.accept(ExitCodes.USAGE_OR_IO, null);
            return;
        }
        exit.accept(status, null);
    }

    /** The message of the deepest cause that has one: "Failed to start quarkus" says nothing. */
    private static String innermostMessage(Throwable failure) {
        String message = failure.getClass().getSimpleName();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage().strip();
            }
        }
        return message;
    }

    public static class App implements QuarkusApplication {

        @Inject
        CommandLine.IFactory factory;

        @Override
        public int run(String... args) {
            if (args.length == 0 || "serve".equals(args[0])) {
                Quarkus.waitForExit();
                return 0;
            }
            return CrosscheckCommand.commandLine(factory).execute(args);
        }
    }
}
