package dev.crosscheck.validation.report;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.validation.FailOn;
import dev.crosscheck.validation.Fixtures;
import dev.crosscheck.validation.ValidationOptions;
import dev.crosscheck.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.crosscheck.validation.report.ReportSchemaTest.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JUnit report parsed as a CI tool reads it: test case names unique within each suite, and
 * issues that do not fail the validation (tensions under the default --fail-on) recorded as
 * output of a passing test case, never as failures. Every document checked here also validates
 * against Jenkins' and Surefire's schemas.
 */
class JunitReportTest {

    static Document parse(ValidationReport r) throws Exception {
        byte[] xml = render(r, ReportFormat.JUNIT);
        ReportSchemaTest.validateXml(xml, "jenkins-junit.xsd");
        ReportSchemaTest.validateSuites(xml);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> elements(Node parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent instanceof Document d ? d.getElementsByTagName(tag) : ((Element) parent).getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static void assertNamesUniquePerSuite(Document doc) {
        for (Element suite : elements(doc, "testsuite")) {
            List<String> names = elements(suite, "testcase").stream().map(t -> t.getAttribute("name")).toList();
            assertThat(names).as(suite.getAttribute("name")).doesNotHaveDuplicates();
        }
    }

    @Test
    void twoTensionsOnOneClaimAreTwoTestCasesNamedByTheirFindings() throws Exception {
        ValidationReport curated = ReportSchemaTest.curated();
        Document doc = parse(curated);
        assertNamesUniquePerSuite(doc);
        // claims-004 holds one claim that is in two tensions
        List<String> tensions = new ArrayList<>();
        for (Element t : elements(doc, "testcase")) {
            if (t.getAttribute("name").contains("[rule-tension")) {
                tensions.add(t.getAttribute("name"));
            }
        }
        long onOneClaim = curated.issues().stream().filter(i -> i.check() == CheckId.RULE_TENSION)
                .map(curated::subjectOf).distinct().count();
        assertThat(onOneClaim).isLessThan(tensions.size());
        assertThat(tensions).hasSize(4).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("[0-9a-z-]+ \\[rule-tension f-[0-9a-f]+]"));
    }

    @Test
    void tensionsThatDoNotFailAreSystemOutOfPassingTestCases() throws Exception {
        Document doc = parse(ReportSchemaTest.curated());
        assertThat(elements(doc, "failure")).isEmpty();
        assertThat(elements(doc, "testsuites").get(0).getAttribute("failures")).isEqualTo("0");
        List<Element> tensions = elements(doc, "testcase").stream().filter(t -> t.getAttribute("name").contains("[rule-tension")).toList();
        assertThat(tensions).hasSize(4).allSatisfy(t -> {
            assertThat(elements(t, "failure")).isEmpty();
            List<Element> out = elements(t, "system-out");
            assertThat(out).hasSize(1);
            assertThat(out.get(0).getTextContent())
                    .matches("(?s)claims/claims-00\\d\\.yaml:\\d+:5: warning: claim '.*' is in tension with .*")
                    .contains("[rule-tension]").endsWith("not failing under --fail-on conflict");
        });
        // Only issues write output: a claim that passed has an empty test case.
        assertThat(elements(doc, "system-out")).hasSize(4);
    }

    @Test
    void underFailOnTensionTheyAreFailures() throws Exception {
        Document doc = parse(Fixtures.validate(Fixtures.CATALOG, Fixtures.SEEDS, new ValidationOptions(FailOn.TENSION, Set.of())));
        assertThat(elements(doc, "system-out")).isEmpty();
        assertThat(elements(doc, "failure")).hasSize(4).allSatisfy(f -> assertThat(f.getAttribute("type")).isEqualTo("rule-tension"));
        assertNamesUniquePerSuite(doc);
    }

    @Test
    void theSameCheckTwiceOnOneSubjectIsToldApartByPositionThenByCount() throws Exception {
        String file = "claims/drafts.yaml";
        List<Issue> issues = List.of(
                Issue.of(CheckId.UNFILLED_PLACEHOLDER, file, 6, 5, "claim 'c1': subject is an unfilled placeholder", "c1"),
                Issue.of(CheckId.UNFILLED_PLACEHOLDER, file, 7, 5, "claim 'c1': property is an unfilled placeholder", "c1"),
                Issue.of(CheckId.UNFILLED_PLACEHOLDER, file, 7, 5, "claim 'c1': unit is an unfilled placeholder", "c1"));
        ValidationReport r = new ValidationReport(List.of(new ValidationReport.CheckedFile(file, List.of("c1", "c2"))), issues, Map.of(),
                2, 1, null, ValidationOptions.defaults(), Map.of());
        Document doc = parse(r);
        List<String> names = elements(doc, "testcase").stream().map(t -> t.getAttribute("name")).toList();
        assertThat(names).containsExactly("c2", "c1 [unfilled-placeholder]", "c1 [unfilled-placeholder] at 7:5",
                "c1 [unfilled-placeholder] at 7:5 #2");
        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
        assertThat(elements(doc, "failure")).hasSize(3);
        assertThat(elements(doc, "testsuite").get(0).getAttribute("tests")).isEqualTo("4");
    }
}
