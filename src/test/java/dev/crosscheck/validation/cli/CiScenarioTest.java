package dev.crosscheck.validation.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.validation.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": a CI job runs the documented command on a claims directory where a new
 * file brings one broken quote and one new conflict; it fails with exit code 1, and its SARIF and
 * JUnit reports point at exactly those two lines.
 */
class CiScenarioTest {

    /** Under the working directory, so report paths are relative as in a CI checkout. */
    static final Path WORK = Path.of("target/ci-scenario");
    static final Path CLAIMS = WORK.resolve("claims");
    static final String NEW_FILE = "target/ci-scenario/claims/claims-005.yaml";

    @BeforeEach
    void copyCuratedClaims() throws IOException {
        if (Files.exists(WORK)) {
            try (Stream<Path> s = Files.walk(WORK)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(CLAIMS);
        try (Stream<Path> s = Files.list(Fixtures.CATALOG)) {
            for (Path p : s.toList()) {
                Files.copy(p, CLAIMS.resolve(p.getFileName()));
            }
        }
    }

    private void add(String fixture) throws IOException {
        Files.copy(Fixtures.ROOT.resolve("ci").resolve(fixture), CLAIMS.resolve("claims-005.yaml"));
    }

    @Test
    void brokenQuoteAndNewConflictFailTheJobAndTheReportsPointAtBothLines() throws Exception {
        add("claims-005.yaml");
        Path sarif = WORK.resolve("crosscheck.sarif");
        Path junit = WORK.resolve("crosscheck-junit.xml");
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", CLAIMS.toString(), "--sources", "seeds",
                "--report", "sarif=" + sarif, "--report", "junit=" + junit);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(NEW_FILE + ":10:12: error: claim '005-unitree-gala-dance': quote not found")
                .contains(NEW_FILE + ":11:5: error: claim '005-symposium-firm-count' conflicts with '001-symposium-participating-firm-count'")
                .contains("FAILED: 2 issues fail the validation (--fail-on conflict)");

        List<String> sarifFailures = new ArrayList<>();
        JsonNode run = new ObjectMapper().readTree(sarif.toFile()).path("runs").path(0);
        for (JsonNode result : run.path("results")) {
            if (result.path("level").asText().equals("error")) {
                JsonNode loc = result.path("locations").path(0).path("physicalLocation");
                sarifFailures.add(result.path("ruleId").asText() + " " + loc.path("artifactLocation").path("uri").asText() + ":"
                        + loc.path("region").path("startLine").asInt() + ":" + loc.path("region").path("startColumn").asInt());
            }
        }
        assertThat(sarifFailures).containsExactly("quote-not-found " + NEW_FILE + ":10:12", "rule-conflict " + NEW_FILE + ":11:5");
        JsonNode related = run.path("results").findValues("relatedLocations").get(run.path("results").findValues("relatedLocations")
                .size() - 1);
        assertThat(related.path(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo("target/ci-scenario/claims/claims-001.yaml");

        NodeList failures = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("failure");
        List<String> junitFailures = new ArrayList<>();
        for (int i = 0; i < failures.getLength(); i++) {
            Element f = (Element) failures.item(i);
            junitFailures.add(f.getAttribute("type") + " " + f.getAttribute("message").replaceFirst(": .*", ""));
        }
        assertThat(junitFailures).containsExactly("quote-not-found " + NEW_FILE + ":10:12", "rule-conflict " + NEW_FILE + ":11:5");
        String xml = Files.readString(junit);
        // a rule finding's test case is named by its claim, check and finding id
        assertThat(xml).containsPattern("<testcase name=\"005-symposium-firm-count \\[rule-conflict f-[0-9a-f]{16}]\"")
                .doesNotContain("<testcase name=\"005-symposium-firm-count\"");
    }

    @Test
    void aConflictFailsUnderConflictButNotUnderError() throws Exception {
        add("claims-005-conflict-only.yaml");
        assertThat(ValidateCommandTest.run("validate", CLAIMS.toString()).exit()).isEqualTo(1);
        assertThat(ValidateCommandTest.run("validate", CLAIMS.toString(), "--fail-on", "error").exit()).isZero();
        assertThat(ValidateCommandTest.run("validate", CLAIMS.toString(), "--fail-on", "tension").exit()).isEqualTo(1);
    }

    @Test
    void tensionsOfTheCuratedClaimsFailOnlyUnderTension() {
        assertThat(ValidateCommandTest.run("validate", CLAIMS.toString()).exit()).isZero();
        assertThat(ValidateCommandTest.run("validate", CLAIMS.toString(), "--fail-on", "tension").exit()).isEqualTo(1);
    }

    @Test
    void aBaselineAcceptsKnownFindingsSoOnlyNewConflictsFail() throws Exception {
        add("claims-005-conflict-only.yaml");
        ValidateCommandTest.Run json = ValidateCommandTest.run("validate", CLAIMS.toString(), "--format", "json");
        List<String> findingIds = new ArrayList<>();
        new ObjectMapper().readTree(json.out()).path("issues").forEach(i -> {
            if (i.path("check").asText().startsWith("rule-")) {
                findingIds.add(i.path("subject").asText());
                assertThat(i.path("claim").asText()).isNotBlank();
            }
        });
        assertThat(findingIds).hasSize(5);
        Path baseline = WORK.resolve("baseline.txt");
        Files.writeString(baseline, "# accepted findings\n" + String.join("\n", findingIds) + "\n");
        ValidateCommandTest.Run accepted = ValidateCommandTest.run("validate", CLAIMS.toString(), "--fail-on", "tension",
                "--baseline", baseline.toString());
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.out()).contains("(accepted in baseline)");
    }
}
