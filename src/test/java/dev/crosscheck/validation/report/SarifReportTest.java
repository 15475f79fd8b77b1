package dev.crosscheck.validation.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.validation.FailOn;
import dev.crosscheck.validation.Fixtures;
import dev.crosscheck.validation.ValidationOptions;
import dev.crosscheck.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.crosscheck.validation.report.ReportSchemaTest.DOCS;
import static dev.crosscheck.validation.report.ReportSchemaTest.JSON;
import static dev.crosscheck.validation.report.ReportSchemaTest.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What code scanning (GitHub's in particular) needs from the SARIF report beyond the schema: rules
 * that explain themselves and link to their documentation, results that mark the whole offending
 * text with a snippet, and a quote that is not found pointing at the source it was looked for in.
 * {@code src/test/sarif} checks the same reports with Microsoft's SARIF Multitool in CI.
 */
class SarifReportTest {

    static final Path PAGE = Path.of("docs/validation-checks.md");
    /** The strictest level, so that a tension fails too (as in CheckFixturesTest). */
    static final ValidationOptions STRICT = new ValidationOptions(FailOn.TENSION, java.util.Set.of());

    static JsonNode sarif(ValidationReport r) throws IOException {
        JsonNode log = JSON.readTree(render(r, ReportFormat.SARIF));
        assertThat(ReportSchemaTest.sarifSchema().validate(log)).isEmpty();
        return log;
    }

    static JsonNode failing(CheckId c) throws IOException {
        return sarif(Fixtures.validateCheck(c.id(), "fail", STRICT));
    }

    /** The result of the fixture's own check (a fixture may trip others too). */
    static JsonNode resultOf(JsonNode log, CheckId c) {
        for (JsonNode r : log.path("runs").path(0).path("results")) {
            if (r.path("ruleId").asText().equals(c.id())) {
                return r;
            }
        }
        throw new AssertionError("no result of " + c.id());
    }

    @Test
    void theToolLinksToItsDocumentation() throws IOException {
        JsonNode driver = sarif(ReportSchemaTest.mixed()).path("runs").path(0).path("tool").path("driver");
        assertThat(driver.path("informationUri").asText()).isEqualTo(DOCS + "validation-checks.md");
        assertThat(driver.path("semanticVersion").asText()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void aDocsUrlWithoutItsFinalSlashStillNamesTheFolder() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new SarifReportWriter(java.net.URI.create("https://docs.example/crosscheck/docs")).write(ReportSchemaTest.mixed(), out);
        JsonNode driver = JSON.readTree(out.toByteArray()).path("runs").path(0).path("tool").path("driver");
        assertThat(driver.path("informationUri").asText()).isEqualTo("https://docs.example/crosscheck/docs/validation-checks.md");
        assertThat(driver.path("rules").path(0).path("helpUri").asText())
                .isEqualTo("https://docs.example/crosscheck/docs/validation-checks.md#yaml-syntax");
    }

    @Test
    void everyRuleCarriesWhatCodeScanningShows() throws IOException {
        JsonNode rules = sarif(ReportSchemaTest.mixed()).path("runs").path(0).path("tool").path("driver").path("rules");
        assertThat(rules).hasSize(CheckId.values().length);
        for (CheckId c : CheckId.values()) {
            JsonNode rule = rules.path(c.ordinal());
            assertThat(rule.path("id").asText()).isEqualTo(c.id());
            assertThat(rule.path("name").asText()).as(c.id()).isNotBlank().isNotEqualToIgnoringCase(c.id()).doesNotContain("-");
            assertThat(rule.path("shortDescription").path("text").asText()).isEqualTo(c.description() + ".");
            String full = rule.path("fullDescription").path("text").asText();
            assertThat(full).as(c.id()).isNotBlank().isNotEqualTo(rule.path("shortDescription").path("text").asText());
            assertThat(rule.path("help").path("text").asText()).as(c.id()).startsWith(full).doesNotContain("`").doesNotContain("](");
            assertThat(rule.path("help").path("markdown").asText()).as(c.id()).isNotBlank();
            assertThat(rule.path("helpUri").asText()).isEqualTo(DOCS + "validation-checks.md#" + c.id());
            JsonNode props = rule.path("properties");
            assertThat(props.path("tags")).extracting(JsonNode::asText).as(c.id()).contains("claims").hasSizeGreaterThan(1);
            assertThat(props.path("precision").asText()).isIn("very-high", "high", "medium", "low");
            String severity = switch (c.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "recommendation";
            };
            assertThat(props.path("problem.severity").asText()).as(c.id()).isEqualTo(severity);
            // java-sarif leaves out a level equal to SARIF's default, which is "warning"
            JsonNode configured = rule.path("defaultConfiguration");
            assertThat(configured.has("level") ? configured.path("level").asText() : "warning")
                    .isEqualTo(severity.equals("recommendation") ? "note" : severity);
        }
    }

    /** The help is the check's section of the page helpUri names, its relative links made absolute. */
    @Test
    void ruleHelpIsTheSectionOfTheChecksPage() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        JsonNode rules = sarif(ReportSchemaTest.mixed()).path("runs").path(0).path("tool").path("driver").path("rules");
        for (CheckId c : CheckId.values()) {
            Matcher m = Pattern.compile("(?ms)^## " + Pattern.quote(c.id()) + "\\n(.*?)(?=^## |\\z)").matcher(page);
            assertThat(m.find()).as("section ## " + c.id()).isTrue();
            String section = m.group(1).strip();
            String markdown = rules.path(c.ordinal()).path("help").path("markdown").asText();
            assertThat(markdown.replace("](" + DOCS, "](")).isEqualTo(section);
            assertThat(markdown).doesNotContainPattern("\\]\\((?!https?://)");
            assertThat(rules.path(c.ordinal()).path("fullDescription").path("text").asText())
                    .isEqualTo(section.split("\\n\\s*\\n")[0].replaceAll("\\s*\\n\\s*", " ").replace("`", ""));
        }
        assertThat(rules.path(CheckId.INVALID_VALUE.ordinal()).path("help").path("markdown").asText())
                .contains("](" + DOCS + "claims-format.md#values)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CheckId.class)
    void aResultMarksTheWholeOffendingTextWithItsSnippetAndContext(CheckId c) throws IOException {
        JsonNode physical = resultOf(failing(c), c).path("locations").path(0).path("physicalLocation");
        Path file = Path.of(physical.path("artifactLocation").path("uri").asText());
        JsonNode region = physical.path("region");
        int startLine = region.path("startLine").asInt();
        int startColumn = region.path("startColumn").asInt();
        int endLine = region.path("endLine").asInt();
        int endColumn = region.path("endColumn").asInt();
        assertThat(startLine).as(c.id()).isPositive();
        assertThat(startColumn).isPositive();
        assertThat(endLine > startLine || endLine == startLine && endColumn > startColumn).as(c.id() + " region " + region).isTrue();
        String snippet = region.path("snippet").path("text").asText();
        assertThat(snippet).as(c.id()).isNotBlank().isEqualTo(textAt(file, startLine, startColumn, endLine, endColumn));
        JsonNode context = physical.path("contextRegion");
        assertThat(context.path("startLine").asInt()).isLessThanOrEqualTo(startLine);
        assertThat(context.path("endLine").asInt()).isGreaterThanOrEqualTo(endLine);
        assertThat(context.path("snippet").path("text").asText()).contains(snippet)
                .isEqualTo(textAt(file, context.path("startLine").asInt(), 1, context.path("endLine").asInt(),
                        context.path("endColumn").asInt()));
    }

    @Test
    void regionsEndWhereTheOffendingValueEnds() throws IOException {
        assertThat(region(CheckId.QUOTE_NOT_FOUND)).isEqualTo(List.of(9, 12, 9, 41));
        assertThat(region(CheckId.UNIT_MISMATCH)).isEqualTo(List.of(8, 11, 8, 14));
        assertThat(region(CheckId.UNKNOWN_ENTITY)).isEqualTo(List.of(5, 5, 5, 31));
        // a rule finding marks its whole claim; a syntax error the rest of its line
        assertThat(region(CheckId.RULE_CONFLICT)).isEqualTo(List.of(10, 5, 15, 36));
        assertThat(region(CheckId.YAML_SYNTAX)).isEqualTo(List.of(9, 42, 9, 50));
        assertThat(resultOf(failing(CheckId.QUOTE_NOT_FOUND), CheckId.QUOTE_NOT_FOUND).path("locations").path(0)
                .path("physicalLocation").path("region").path("snippet").path("text").asText())
                .isEqualTo("\"宇树科技、强脑科技和游科互动科技5家“杭州六小龙”企业\"");
    }

    @Test
    void quoteNotFoundPointsAtTheClosestPassageInTheSourceFile() throws IOException {
        JsonNode result = resultOf(sarif(Fixtures.validateCheck("quote-not-found", "fail", ValidationOptions.defaults())),
                CheckId.QUOTE_NOT_FOUND);
        Matcher m = Pattern.compile("closest passage at \\[(\\d+), (\\d+)\\) \\(similarity [0-9.]+\\): \"([^\"]+)\"")
                .matcher(result.path("message").path("text").asText());
        assertThat(m.find()).isTrue();
        JsonNode related = result.path("relatedLocations");
        assertThat(related).hasSize(1);
        JsonNode physical = related.path(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("seeds/001_57f9601c68a9b53c.txt");
        assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(related.path(0).path("message").path("text").asText()).contains("closest passage in source '001'");
        JsonNode region = physical.path("region");
        assertThat(region.path("snippet").path("text").asText()).isEqualTo(m.group(3))
                .isEqualTo("宇树科技、强脑科技和游科互动科技3家“杭州六小龙”企业");
        // The region is the passage's code point offsets, as lines and columns of the source file.
        String source = Files.readString(Path.of("seeds/001_57f9601c68a9b53c.txt"), StandardCharsets.UTF_8);
        assertThat(offset(source, region.path("startLine").asInt(), region.path("startColumn").asInt()))
                .isEqualTo(Integer.parseInt(m.group(1)));
        assertThat(offset(source, region.path("endLine").asInt(), region.path("endColumn").asInt()))
                .isEqualTo(Integer.parseInt(m.group(2)));
    }

    private static List<Integer> region(CheckId c) throws IOException {
        JsonNode r = resultOf(failing(c), c).path("locations").path(0).path("physicalLocation").path("region");
        return List.of(r.path("startLine").asInt(), r.path("startColumn").asInt(), r.path("endLine").asInt(), r.path("endColumn").asInt());
    }

    /** Code point offset of a 1-based line and column (the fixtures and seeds break lines with LF only). */
    static int offset(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < line - 1; i++) {
            offset += lines[i].codePointCount(0, lines[i].length()) + 1;
        }
        return offset + column - 1;
    }

    static String textAt(Path file, int line, int column, int endLine, int endColumn) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int[] cps = text.codePoints().toArray();
        int from = offset(text, line, column);
        return new String(cps, from, offset(text, endLine, endColumn) - from);
    }
}
