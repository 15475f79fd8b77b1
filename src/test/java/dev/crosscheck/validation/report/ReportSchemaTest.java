package dev.crosscheck.validation.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.crosscheck.validation.Fixtures;
import dev.crosscheck.validation.ValidationOptions;
import dev.crosscheck.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report validates against its published schema (SARIF 2.1.0; Jenkins' JUnit schema for the
 * JUnit document and Maven Surefire's for each of its suites) and points at the exact lines of
 * the offending claims. Schemas: see src/test/resources/schema/README.md.
 */
class ReportSchemaTest {

    static final Path MIXED = Fixtures.ROOT.resolve("reports/mixed.yaml");
    static final String MIXED_URI = "src/test/resources/validation/reports/mixed.yaml";
    static JsonSchema sarifSchema;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws IOException {
        sarifSchema = sarifSchema();
    }

    /** The OASIS SARIF 2.1.0 schema (draft-07). */
    static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/schema/sarif-schema-2.1.0.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static ValidationReport mixed() {
        return Fixtures.validate(MIXED, Fixtures.SEEDS, ValidationOptions.defaults());
    }

    static ValidationReport curated() {
        return Fixtures.validate(Fixtures.CATALOG, Fixtures.SEEDS, ValidationOptions.defaults());
    }

    static final java.net.URI DOCS = java.net.URI.create("https://docs.example/crosscheck/docs/");

    static byte[] render(ValidationReport r, ReportFormat f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.writer(false, DOCS).write(r, out);
        return out.toByteArray();
    }

    @Test
    void sarifValidatesAgainstTheSarif210SchemaAndPointsAtTheBrokenLines() throws IOException {
        JsonNode sarif = JSON.readTree(render(mixed(), ReportFormat.SARIF));
        Set<ValidationMessage> errors = sarifSchema.validate(sarif);
        assertThat(errors).isEmpty();
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").path(0);
        assertThat(run.path("tool").path("driver").path("rules")).hasSize(dev.crosscheck.shared.diagnostic.CheckId.values().length);
        List<String> located = new ArrayList<>();
        for (JsonNode result : run.path("results")) {
            JsonNode loc = result.path("locations").path(0).path("physicalLocation");
            located.add(result.path("ruleId").asText() + "@" + loc.path("artifactLocation").path("uri").asText() + ":"
                    + loc.path("region").path("startLine").asInt() + ":" + loc.path("region").path("startColumn").asInt());
            assertThat(result.path("level").asText()).isEqualTo("error");
            assertThat(loc.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            String ruleId = result.path("ruleId").asText();
            assertThat(run.path("tool").path("driver").path("rules").path(result.path("ruleIndex").asInt()).path("id").asText())
                    .isEqualTo(ruleId);
        }
        assertThat(located).containsExactly("quote-not-found@" + MIXED_URI + ":15:12", "unknown-entity@" + MIXED_URI + ":18:5");
        assertThat(run.path("invocations").path(0).path("exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void sarifOfTheValidCuratedDirectoryHoldsOnlyItsTensionsAsWarnings() throws IOException {
        JsonNode sarif = JSON.readTree(render(curated(), ReportFormat.SARIF));
        assertThat(sarifSchema.validate(sarif)).isEmpty();
        JsonNode results = sarif.path("runs").path(0).path("results");
        assertThat(results).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("ruleId").asText()).isEqualTo("rule-tension");
            // java-sarif leaves out a level equal to SARIF's default, which is "warning"
            assertThat(r.has("level") ? r.path("level").asText() : "warning").isEqualTo("warning");
            assertThat(r.path("relatedLocations")).isNotEmpty();
        });
    }

    @Test
    void junitValidatesAgainstJenkinsAndSurefireSchemasAndListsEachFailureWithItsLine() throws Exception {
        byte[] xml = render(mixed(), ReportFormat.JUNIT);
        validateXml(xml, "jenkins-junit.xsd");
        validateSuites(xml);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList failures = doc.getElementsByTagName("failure");
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < failures.getLength(); i++) {
            Element f = (Element) failures.item(i);
            messages.add(f.getAttribute("type") + " " + f.getAttribute("message"));
        }
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).startsWith("quote-not-found " + MIXED_URI + ":15:12: claim 'mixed-broken-quote'");
        assertThat(messages.get(1)).startsWith("unknown-entity " + MIXED_URI + ":18:5: claim 'mixed-unknown-subject'");
        Element suite = suiteNamed(doc, MIXED_URI);
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
    }

    @Test
    void junitOfTheCuratedDirectoryHasOneTestPerClaimAndValidates() throws Exception {
        byte[] xml = render(curated(), ReportFormat.JUNIT);
        validateXml(xml, "jenkins-junit.xsd");
        validateSuites(xml);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
        assertThat(doc.getElementsByTagName("testcase").getLength()).isGreaterThanOrEqualTo(curated().claims());
    }

    @Test
    void jsonReportCarriesSummaryAndLocatedIssues() throws IOException {
        JsonNode json = JSON.readTree(render(mixed(), ReportFormat.JSON));
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("exitCode").asInt()).isEqualTo(1);
        assertThat(json.path("failOn").asText()).isEqualTo("conflict");
        assertThat(json.path("summary").path("claims").asInt()).isEqualTo(3);
        assertThat(json.path("summary").path("validClaims").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("errors").asInt()).isEqualTo(2);
        JsonNode first = json.path("issues").path(0);
        assertThat(first.path("check").asText()).isEqualTo("quote-not-found");
        assertThat(first.path("severity").asText()).isEqualTo("error");
        assertThat(first.path("file").asText()).isEqualTo(MIXED_URI);
        assertThat(first.path("line").asInt()).isEqualTo(15);
        assertThat(first.path("column").asInt()).isEqualTo(12);
        assertThat(first.path("subject").asText()).isEqualTo("mixed-broken-quote");
        assertThat(first.path("failing").asBoolean()).isTrue();
    }

    @Test
    void textReportUsesCompilerStyleLinesAndNoColourUnlessAsked() throws IOException {
        String text = new String(render(mixed(), ReportFormat.TEXT), StandardCharsets.UTF_8);
        assertThat(text).contains(MIXED_URI + ":15:12: error: claim 'mixed-broken-quote': quote not found")
                .contains("[quote-not-found]")
                .contains("FAILED: 2 issues fail the validation (--fail-on conflict)")
                .doesNotContain("\u001b[");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextReportWriter(true).write(mixed(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\u001b[1;31merror\u001b[0m");
    }

    @Test
    void theSchemaChecksReallyReject() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode sarif = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(render(mixed(), ReportFormat.SARIF));
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.path("runs").path(0).path("results").path(0)
                .path("locations").path(0).path("physicalLocation").path("region")).put("startLine", 0);
        assertThat(sarifSchema.validate(sarif)).isNotEmpty();
        byte[] broken = new String(render(mixed(), ReportFormat.JUNIT), StandardCharsets.UTF_8)
                .replaceFirst("<testcase name=\"[^\"]*\"", "<testcase").getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validateXml(broken, "jenkins-junit.xsd")).isInstanceOf(SAXException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validateSuites(broken)).isInstanceOf(SAXException.class);
        // Surefire's schema is the stricter one: an attribute it does not know fails it, not Jenkins'.
        byte[] stamped = new String(render(mixed(), ReportFormat.JUNIT), StandardCharsets.UTF_8)
                .replaceFirst("<testsuite ", "<testsuite timestamp=\"2026-01-01T00:00:00\" ").getBytes(StandardCharsets.UTF_8);
        validateXml(stamped, "jenkins-junit.xsd");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validateSuites(stamped)).isInstanceOf(SAXException.class);
    }

    private static Element suiteNamed(Document doc, String name) {
        NodeList suites = doc.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            if (s.getAttribute("name").equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no test suite named " + name);
    }

    static void validateXml(byte[] xml, String xsd) throws IOException, SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(Path.of("src/test/resources/schema", xsd).toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /**
     * Each test suite, as the document Maven Surefire writes per test class, against Surefire's
     * schema (whose root is one testsuite).
     */
    static void validateSuites(byte[] xml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isPositive();
        javax.xml.validation.Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/schema/surefire-test-report.xsd").toFile()).newValidator();
        for (int i = 0; i < suites.getLength(); i++) {
            validator.validate(new javax.xml.transform.dom.DOMSource(suites.item(i)));
        }
    }
}
