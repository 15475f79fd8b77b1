package dev.crosscheck.check;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generalisation of checks, measured on sentences written blind from seeds/ (bench/eval/). The
 * figures are printed and written to target/checks-eval.txt; bench/checks-eval.sh runs only this.
 * The bounds are the precision goals: a wrong SUPPORTED or CONTRADICTED is the dangerous error.
 */
@QuarkusTest
class CheckEvaluationTest {

    @Inject
    CheckService checks;

    @Test
    void blindSentences() throws Exception {
        Path dir = Path.of("bench/eval");
        var dev = CheckEvaluation.run("dev", CheckEvaluation.read(dir.resolve("checks-dev.yaml")),
                t -> checks.check(new CheckInput.Text(t, null)));
        var test = CheckEvaluation.run("test", CheckEvaluation.read(dir.resolve("checks-test.yaml")),
                t -> checks.check(new CheckInput.Text(t, null)));
        String report = dev.summary() + test.summary();
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/checks-eval.txt"), report);
        CheckEvaluation.writeFailures(dev, Path.of("target/checks-eval-dev-failures.txt"));
        assertThat(test.falseRate(Verdict.SUPPORTED)).as("false SUPPORTED on the test half").isLessThanOrEqualTo(0.01);
        assertThat(test.falseRate(Verdict.CONTRADICTED)).as("false CONTRADICTED on the test half").isLessThanOrEqualTo(0.03);
        assertThat(dev.falseRate(Verdict.SUPPORTED)).as("false SUPPORTED on the dev half").isLessThanOrEqualTo(0.01);
    }
}
