package dev.crosscheck.validation;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check id has a failing fixture, reported with the check id at the exact line and column,
 * and a passing counterpart with no issue at all.
 */
class CheckFixturesTest {

    /** check id, expected file (relative to the check's directory, or a full path), line, column. */
    static Stream<Arguments> failing() {
        return Stream.of(
                Arguments.of("yaml-syntax", "fail.yaml", 9, 42),
                Arguments.of("schema", "fail.yaml", 4, 5),
                Arguments.of("unfilled-placeholder", "fail.yaml", 6, 5),
                Arguments.of("unknown-entity", "fail.yaml", 5, 5),
                Arguments.of("unknown-property", "fail.yaml", 6, 5),
                Arguments.of("unknown-source", "fail.yaml", 4, 5),
                Arguments.of("unknown-unit", "fail.yaml", 8, 11),
                Arguments.of("duplicate-id", "fail.yaml", 10, 5),
                Arguments.of("unit-mismatch", "fail.yaml", 8, 11),
                Arguments.of("invalid-value", "fail.yaml", 7, 12),
                Arguments.of("quote-not-found", "fail.yaml", 9, 12),
                Arguments.of("ambiguous-quote", "fail.yaml", 9, 12),
                Arguments.of("quote-offset-mismatch", "fail.yaml", 10, 5),
                Arguments.of("source-unreadable", "sources/sources.yaml", 4, 5),
                Arguments.of("rule-conflict", "fail.yaml", 10, 5),
                Arguments.of("rule-tension", "fail.yaml", 12, 5));
    }

    /** The strictest level, so that tensions fail too. */
    static final ValidationOptions STRICT = new ValidationOptions(FailOn.TENSION, java.util.Set.of());

    @ParameterizedTest(name = "{0} fails at {2}:{3}")
    @MethodSource("failing")
    void failingFixtureReportsTheCheckAtItsPosition(String check, String file, int line, int column) {
        ValidationReport r = Fixtures.validateCheck(check, "fail", STRICT);
        String expectedFile = Fixtures.CHECKS.resolve(check).resolve(file).toString();
        assertThat(r.issues()).as(r.issues().toString())
                .anySatisfy(i -> {
                    assertThat(i.check().id()).isEqualTo(check);
                    assertThat(i.file()).isEqualTo(expectedFile);
                    assertThat(i.line()).isEqualTo(line);
                    assertThat(i.column()).isEqualTo(column);
                    assertThat(i.message()).isNotBlank();
                });
        assertThat(r.valid()).isFalse();
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("failing")
    void passingFixtureHasNoIssue(String check) {
        ValidationReport r = Fixtures.validateCheck(check, "pass", STRICT);
        assertThat(r.issues()).extracting(Issue::message).isEmpty();
        assertThat(r.valid()).isTrue();
        assertThat(r.exitCode()).isZero();
        assertThat(r.validClaims()).isEqualTo(r.claims()).isPositive();
    }

    @Test
    void everyCheckIdHasAFixturePair() {
        Stream<String> covered = failing().map(a -> (String) a.get()[0]);
        assertThat(Arrays.stream(CheckId.values()).map(CheckId::id)).containsExactlyInAnyOrderElementsOf(covered.toList());
        for (CheckId c : CheckId.values()) {
            assertThat(Files.exists(Fixtures.CHECKS.resolve(c.id()).resolve("fail.yaml"))).as(c.id()).isTrue();
            assertThat(Files.exists(Fixtures.CHECKS.resolve(c.id()).resolve("pass.yaml"))).as(c.id()).isTrue();
        }
    }

    @Test
    void aConflictIsOneIssueAtTheLaterClaimWithTheOtherAsRelatedLocation() {
        ValidationReport r = Fixtures.validateCheck("rule-conflict", "fail", STRICT);
        Issue conflict = r.issues().get(0);
        assertThat(r.issues()).hasSize(1);
        assertThat(conflict.severity()).isEqualTo(dev.crosscheck.shared.diagnostic.Severity.ERROR);
        assertThat(conflict.subjectId()).startsWith("f-");
        assertThat(conflict.message()).contains("claim 'fx-firm-count-again' conflicts with 'fx-firm-count' (" + Fixtures.CHECKS
                .resolve("rule-conflict/fail.yaml") + ":4)");
        assertThat(r.relatedTo(conflict)).singleElement().satisfies(l -> assertThat(l.line()).isEqualTo(4));
    }

    @Test
    void failOnLevelsAreCumulative() {
        ValidationReport tension = Fixtures.validateCheck("rule-tension", "fail", ValidationOptions.defaults());
        assertThat(tension.issues()).hasSize(1);
        assertThat(tension.valid()).isTrue();
        ValidationReport conflict = Fixtures.validateCheck("rule-conflict", "fail", new ValidationOptions(FailOn.ERROR, null));
        assertThat(conflict.valid()).isTrue();
        assertThat(Fixtures.validateCheck("rule-conflict", "fail", ValidationOptions.defaults()).valid()).isFalse();
        assertThat(Fixtures.validateCheck("quote-not-found", "fail", new ValidationOptions(FailOn.ERROR, null)).valid()).isFalse();
    }

    @Test
    void quoteNotFoundNamesTheClosestPassageAndItsPosition() {
        ValidationReport r = Fixtures.validateCheck("quote-not-found", "fail", ValidationOptions.defaults());
        assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.message())
                .contains("quote not found in source '001'")
                .containsPattern("closest passage at \\[\\d+, \\d+\\)")
                .contains("3家"));
    }
}
