package dev.crosscheck.check;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The trace a maintainer reads to see why a sentence got its verdict: parts, candidates, alignments. */
@QuarkusTest
class CheckTraceTest {

    @Inject
    CheckService checks;

    @Test
    void traceNamesPartsAndAlignedClaims() {
        String sentence = java.util.Objects.requireNonNullElse(System.getenv("CHECK_TRACE"), "DeepSeek的创始人是梁文锋");
        String trace = checks.trace(sentence);
        System.out.println("TRACE " + sentence + "\n" + trace);
        assertThat(trace).startsWith("parts:").contains("ENTITY[");
    }
}
