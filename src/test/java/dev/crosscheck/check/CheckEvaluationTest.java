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
 * The bounds guard what the design reaches today, so that no change makes checks less precise or
 * recall less; a wrong SUPPORTED or CONTRADICTED is the dangerous error.
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
        // A second dev set, written later by another blind reader (e-ids): read to fix mechanisms, like the dev half.
        var dev2 = CheckEvaluation.run("dev2", CheckEvaluation.read(dir.resolve("checks-dev2.yaml")),
                t -> checks.check(new CheckInput.Text(t, null)));
        // A third, trap-heavy dev set (f-ids): mostly one-change contradictions, where a false SUPPORTED would show.
        var dev3 = CheckEvaluation.run("dev3", CheckEvaluation.read(dir.resolve("checks-dev3.yaml")),
                t -> checks.check(new CheckInput.Text(t, null)));
        String report = dev.summary() + dev2.summary() + dev3.summary() + test.summary();
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/checks-eval.txt"), report);
        CheckEvaluation.writeFailures(dev, Path.of("target/checks-eval-dev-failures.txt"));
        CheckEvaluation.writeFailures(dev2, Path.of("target/checks-eval-dev2-failures.txt"));
        CheckEvaluation.writeFailures(dev3, Path.of("target/checks-eval-dev3-failures.txt"));
        // Regression guards at what this design measures (docs/checks.md), not the goals of issue 9 (accuracy 90 %,
        // false SUPPORTED ≤ 1 %, false CONTRADICTED ≤ 3 % on the test half), which it does not reach yet; false
        // CONTRADICTED is held at the goal's bound.
        assertThat(test.falsely(Verdict.SUPPORTED)).as("false SUPPORTED on the test half").isLessThanOrEqualTo(3);
        assertThat(test.falsely(Verdict.CONTRADICTED)).as("false CONTRADICTED on the test half")
                .isLessThanOrEqualTo((long) Math.floor(0.03 * test.outcomes().size()));
        assertThat(dev.falsely(Verdict.SUPPORTED)).as("false SUPPORTED on the dev half").isLessThanOrEqualTo(0);
        assertThat(dev.falsely(Verdict.CONTRADICTED)).as("false CONTRADICTED on the dev half").isLessThanOrEqualTo(0);
        // 61.4 % when run alone (bench/checks-eval.sh); a sentence may differ inside the whole suite, whose other tests
        // leave claims of their own in the store.
        assertThat(test.accuracy()).as("accuracy on the test half").isGreaterThanOrEqualTo(0.60);
        assertThat(dev.accuracy()).as("accuracy on the dev half").isGreaterThanOrEqualTo(0.66);
        assertThat(dev2.falsely(Verdict.SUPPORTED)).as("false SUPPORTED on the second dev set").isLessThanOrEqualTo(0);
        assertThat(dev2.falsely(Verdict.CONTRADICTED)).as("false CONTRADICTED on the second dev set").isLessThanOrEqualTo(1);
        assertThat(dev2.accuracy()).as("accuracy on the second dev set").isGreaterThanOrEqualTo(0.61);
        assertThat(dev3.falsely(Verdict.SUPPORTED)).as("false SUPPORTED on the third dev set").isLessThanOrEqualTo(0);
        assertThat(dev3.falsely(Verdict.CONTRADICTED)).as("false CONTRADICTED on the third dev set").isLessThanOrEqualTo(0);
        assertThat(dev3.accuracy()).as("accuracy on the third dev set").isGreaterThanOrEqualTo(0.54);
    }
}
