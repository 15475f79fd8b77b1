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
        // Several sentences may be traced in one run, one per line.
        String sentences = java.util.Objects.requireNonNullElse(System.getenv("CHECK_TRACE"), "DeepSeek的创始人是梁文锋");
        for (String sentence : sentences.split("\n")) {
            String trace = checks.trace(sentence);
            System.out.println("TRACE " + sentence + "\n" + trace);
            assertThat(trace).startsWith("parts:").contains("ENTITY[");
        }
    }
}
