package dev.crosscheck.validation.cli;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's real entry point in command mode: CDI wiring, exit codes, one-line errors. */
@QuarkusMainTest
class CommandModeTest {

    @Test
    void validatesTheCuratedClaims(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("validate", "claims", "--sources", "seeds");
        assertThat(r.exitCode()).isZero();
        assertThat(r.getOutput()).contains("OK: no issue fails the validation (--fail-on conflict)");
    }

    @Test
    void failuresAndErrorsHaveTheirExitCodes(QuarkusMainLauncher launcher) {
        LaunchResult failed = launcher.launch("validate", "src/test/resources/validation/reports/mixed.yaml", "--format", "json");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.getOutput()).contains("\"check\" : \"quote-not-found\"");
        LaunchResult missing = launcher.launch("validate", "no/such/claims");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.getErrorOutput()).contains("crosscheck: no/such/claims: no such file or directory").doesNotContain("\tat ");
    }

    @Test
    void helpListsTheExitCodes(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("validate", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.getOutput()).contains("Exit codes:").contains("2   usage or I/O error");
    }
}
