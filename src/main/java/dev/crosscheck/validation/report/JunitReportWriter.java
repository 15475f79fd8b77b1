package dev.crosscheck.validation.report;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.validation.ValidationReport;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report as JUnit XML, so CI test tabs (GitLab, Jenkins, Azure DevOps) list each failure: one
 * test suite per checked file, one test case per claim that passed and one per issue. An issue
 * that fails the validation is a {@code failure} with its {@code file:line:column}; one that does
 * not (a tension under the default {@code --fail-on}, a finding accepted in the baseline) is a
 * passing test case whose {@code system-out} says what was found. Test case names are unique
 * within their suite, since CI tools key test history on them. Written with StAX, within Jenkins'
 * {@code junit-4.xsd} for the whole document and Maven Surefire's schema for each suite (ADR 0013):
 * the surefire schema has no suite-level output or timestamps, and wants {@code skipped}.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            Map<String, List<Case>> suites = new LinkedHashMap<>();
            suites(report).forEach((file, claims) -> suites.put(file, cases(report, file, claims)));
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "crosscheck validate");
            w.writeAttribute("tests", Integer.toString(suites.values().stream().mapToInt(List::size).sum()));
            w.writeAttribute("failures", Long.toString(report.issues().stream().filter(report::failing).count()));
            w.writeAttribute("errors", "0");
            w.writeAttribute("time", "0");
            for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
                suite(w, report, suite.getKey(), suite.getValue());
            }
            nl(w, 0);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    /** A test case: a claim that passed (no issue), or an issue. */
    record Case(String name, Issue issue) {
    }

    /** File → its claims: the checked files, then any other file an issue points at. */
    private static Map<String, List<String>> suites(ValidationReport report) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        report.files().forEach(f -> out.put(f.path(), f.claimIds()));
        report.issues().forEach(i -> out.putIfAbsent(i.file(), List.of()));
        return out;
    }

    /** The test cases of one file, each with a name no other case of the file has. */
    static List<Case> cases(ValidationReport report, String file, List<String> claims) {
        List<Issue> issues = report.issues().stream().filter(i -> i.file().equals(file)).toList();
        Set<String> withIssues = new HashSet<>();
        issues.forEach(i -> withIssues.add(report.subjectOf(i)));
        List<Case> out = new ArrayList<>();
        claims.stream().filter(c -> !withIssues.contains(c)).forEach(c -> out.add(new Case(c, null)));
        if (out.isEmpty() && issues.isEmpty()) {
            out.add(new Case(file, null));
        }
        Set<String> taken = new HashSet<>(out.stream().map(Case::name).toList());
        Map<String, Integer> seen = new HashMap<>();
        for (Issue i : issues) {
            out.add(new Case(unique(name(report, i), i, taken, seen), i));
        }
        return out;
    }

    /**
     * What the issue is about and its check; a rule finding adds its finding id, which stays the
     * same while files are edited. Two issues of one check on one subject (two placeholders of a
     * claim) are told apart by position, then by a count.
     */
    private static String name(ValidationReport report, Issue i) {
        String subject = report.subjectOf(i) != null ? report.subjectOf(i) : "line " + i.line();
        boolean finding = (i.check() == CheckId.RULE_CONFLICT || i.check() == CheckId.RULE_TENSION) && i.subjectId() != null;
        return subject + " [" + i.check().id() + (finding ? " " + i.subjectId() : "") + "]";
    }

    private static String unique(String name, Issue i, Set<String> taken, Map<String, Integer> seen) {
        String candidate = taken.contains(name) ? name + " at " + i.line() + ":" + i.column() : name;
        String base = candidate;
        while (taken.contains(candidate)) {
            int n = seen.merge(base, 1, Integer::sum) + 1;
            candidate = base + " #" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    private static void suite(XMLStreamWriter w, ValidationReport report, String file, List<Case> cases) throws XMLStreamException {
        long failures = cases.stream().filter(c -> c.issue() != null && report.failing(c.issue())).count();
        nl(w, 1);
        w.writeStartElement("testsuite");
        w.writeAttribute("name", file);
        w.writeAttribute("tests", Integer.toString(cases.size()));
        w.writeAttribute("failures", Long.toString(failures));
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", "0");
        w.writeAttribute("time", "0");
        nl(w, 2);
        w.writeStartElement("properties");
        nl(w, 3);
        w.writeEmptyElement("property");
        w.writeAttribute("name", "fail-on");
        w.writeAttribute("value", report.options().failOn().wireName());
        nl(w, 2);
        w.writeEndElement();
        for (Case c : cases) {
            nl(w, 2);
            testcase(w, report, c, file);
        }
        nl(w, 1);
        w.writeEndElement();
    }

    private static void testcase(XMLStreamWriter w, ValidationReport report, Case c, String file) throws XMLStreamException {
        if (c.issue() == null) {
            w.writeEmptyElement("testcase");
            attributes(w, c.name(), file);
            return;
        }
        Issue i = c.issue();
        String where = i.line() > 0 ? i.file() + ":" + i.line() + ":" + i.column() : i.file();
        String line = where + ": " + i.severity().name().toLowerCase(Locale.ROOT) + ": " + i.message();
        w.writeStartElement("testcase");
        attributes(w, c.name(), file);
        nl(w, 3);
        if (report.failing(i)) {
            w.writeStartElement("failure");
            w.writeAttribute("type", i.check().id());
            w.writeAttribute("message", where + ": " + i.message());
            w.writeCharacters(line + "\n[" + i.check().id() + "] " + i.check().description());
        } else {
            w.writeStartElement("system-out");
            w.writeCharacters(line + " [" + i.check().id() + "]\n" + (report.accepted(i) ? "accepted in the baseline"
                    : "not failing under --fail-on " + report.options().failOn().wireName()));
        }
        w.writeEndElement();
        nl(w, 2);
        w.writeEndElement();
    }

    private static void attributes(XMLStreamWriter w, String name, String file) throws XMLStreamException {
        w.writeAttribute("name", name);
        w.writeAttribute("classname", file);
        w.writeAttribute("time", "0");
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
