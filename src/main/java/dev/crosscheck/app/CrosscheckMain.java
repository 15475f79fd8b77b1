package dev.crosscheck.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * Entry point. Without arguments (or with {@code serve}) the service runs and serves HTTP; any
 * other first argument is a command-line command ({@code validate}, {@code --help}), run by
 * picocli in the same application without opening a port or touching the database.
 */
@QuarkusMain
public class CrosscheckMain {

    public static void main(String... args) {
        if (args.length > 0 && !"serve".equals(args[0])) {
            // Set before Quarkus starts: command mode opens no port and loads nothing into a store.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("crosscheck.load-on-start", "false");
            System.setProperty("quarkus.flyway.migrate-at-start", "false");
            System.setProperty("quarkus.log.console.level", System.getProperty("quarkus.log.console.level", "WARN"));
            System.setProperty("quarkus.banner.enabled", "false");
        }
        Quarkus.run(App.class, args);
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
            return new CommandLine(CrosscheckCommand.class, factory).execute(args);
        }
    }
}
