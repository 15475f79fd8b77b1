package dev.crosscheck.validation.cli;

import dev.crosscheck.app.CrosscheckCommand;
import dev.crosscheck.shared.config.CrosscheckConfig;
import dev.crosscheck.validation.Fixtures;
import dev.crosscheck.validation.ValidationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The validate command's exit codes and outputs, run in-process through the application's own command line. */
class ValidateCommandTest {

    record Run(int exit, String out, String err) {
    }

    static final CrosscheckConfig CONFIG = (CrosscheckConfig) Proxy.newProxyInstance(CrosscheckConfig.class.getClassLoader(),
            new Class<?>[]{CrosscheckConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                case "claimsDir" -> Path.of("claims");
                case "seedsDir" -> Path.of("seeds");
                case "maxDocumentBytes" -> Fixtures.LIMIT;
                case "loadOnStart" -> false;
                case "docsUrl" -> java.net.URI.create(CrosscheckConfig.DEFAULT_DOCS_URL);
                default -> throw new UnsupportedOperationException(method.getName());
            });

    static Run run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ValidateCommand.class) {
                    ValidateCommand c = new ValidateCommand(new ValidationService(Fixtures.LIMIT), CONFIG);
                    c.stdout = stdout;
                    return cls.cast(c);
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = CrosscheckCommand.commandLine(factory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, stdout.toString(StandardCharsets.UTF_8) + out, err.toString());
    }

    @Test
    void validCuratedDirectoryExitsZero() {
        Run r = run("validate", "claims", "--sources", "seeds");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("OK: no issue fails the validation");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void pathDefaultsToTheConfiguredClaimsDirectory() {
        assertThat(run("validate").exit()).isZero();
    }

    @Test
    void brokenQuoteExitsOne() {
        Run r = run("validate", Fixtures.CHECKS.resolve("quote-not-found/fail.yaml").toString(), "--catalog", "claims");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(":9:12: error: claim 'fx-firm-count': quote not found");
    }

    @Test
    void singleFileTakesTheCatalogOfItsDirectoryOrElseClaims() {
        assertThat(run("validate", "claims/claims-002.yaml").exit()).isZero();
        assertThat(run("validate", Fixtures.CHECKS.resolve("quote-not-found/pass.yaml").toString()).exit()).isZero();
    }

    @Test
    void unparseableFileIsAFailureNeverSuccess() throws Exception {
        Path dir = Files.createTempDirectory("cc-bin");
        Path bin = dir.resolve("claims-bin.yaml");
        Files.write(bin, new byte[]{'a', 0, 1, 2, (byte) 0xff});
        Run r = run("validate", bin.toString(), "--catalog", "claims");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("is binary (contains NUL bytes)").contains("[yaml-syntax]");
    }

    @Test
    void missingPathIsAnIoErrorWithOneLine() {
        Run r = run("validate", "no/such/dir");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("crosscheck: no/such/dir: no such file or directory");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingSourcesDirectoryIsAnIoError() {
        Run r = run("validate", "claims", "--sources", "no-such-seeds");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-seeds").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void catalogFileAsPathIsRefused() {
        Run r = run("validate", "claims/entities.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is a catalog file");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run format = run("validate", "claims", "--format", "xml");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("Invalid value for option '--format'").contains("Try 'crosscheck validate --help'");
        assertThat(run("validate", "claims", "--fail-on", "warning").exit()).isEqualTo(2);
        assertThat(run("validate", "--no-such-option").exit()).isEqualTo(2);
        assertThat(run("validate", "claims", "--report", "sarif").exit()).isEqualTo(2);
    }

    @Test
    void unwritableOutputIsAnIoError() {
        Run r = run("validate", "claims", "--output", "claims/entities.yaml/report.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("crosscheck: ").doesNotContain("\tat ");
    }

    @Test
    void missingBaselineIsAnIoError() {
        assertThat(run("validate", "claims", "--baseline", "no-such-baseline.txt").exit()).isEqualTo(2);
    }

    @Test
    void writesTheReportAndExtraReportsToFiles(@TempDir Path tmp) throws Exception {
        Path text = tmp.resolve("out/report.txt");
        Path sarif = tmp.resolve("out/report.sarif");
        Path junit = tmp.resolve("junit.xml");
        Run r = run("validate", Fixtures.ROOT.resolve("reports/mixed.yaml").toString(), "-o", text.toString(),
                "--report", "sarif=" + sarif, "--report", "JUNIT=" + junit);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(text)).contains("FAILED");
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"").contains("quote-not-found");
        assertThat(Files.readString(junit)).contains("<failure type=\"quote-not-found\"");
    }

    @Test
    void jsonToStdout() {
        Run r = run("validate", "claims", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"valid\" : true").contains("\"exitCode\" : 0");
    }

    @Test
    void helpListsTheExitCodes() {
        Run r = run("validate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Exit codes:").contains("0   valid").contains("1   validation failures")
                .contains("2   usage or I/O error").contains("--fail-on=LEVEL").contains("--format=FORMAT");
        assertThat(run("--help").out()).contains("validate").contains("Exit codes:");
    }
}
