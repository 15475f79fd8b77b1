package dev.crosscheck.validation.report;

import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.validation.ValidationReport;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report as JUnit XML, so CI test tabs (GitLab, Jenkins, Azure DevOps) list each failure: one
 * test suite per checked file, one test case per claim that passed and one per issue, a failure
 * (with {@code file:line:column}) for each issue that fails the validation. Written with StAX, and
 * kept within both common JUnit schemas (Jenkins' junit-4.xsd and the Ant/windyroad JUnit.xsd):
 * hence the attribute-less {@code testsuites}, one failure per test case, and the always-present
 * properties, system-out and system-err.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            w.writeStartElement("testsuites");
            // Always with seconds: toString() leaves out ":00", which the JUnit schemas' ISO8601 pattern rejects.
            String timestamp = TIMESTAMP.format(LocalDateTime.now(ZoneOffset.UTC));
            int id = 0;
            for (Map.Entry<String, List<String>> file : suites(report).entrySet()) {
                suite(w, report, file.getKey(), file.getValue(), id++, timestamp);
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

    /** File → its claims: the checked files, then any other file an issue points at. */
    private static Map<String, List<String>> suites(ValidationReport report) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        report.files().forEach(f -> out.put(f.path(), f.claimIds()));
        report.issues().forEach(i -> out.putIfAbsent(i.file(), List.of()));
        return out;
    }

    private static final java.time.format.DateTimeFormatter TIMESTAMP = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static void suite(XMLStreamWriter w, ValidationReport report, String file, List<String> claims, int id, String timestamp)
            throws XMLStreamException {
        List<Issue> issues = report.issues().stream().filter(i -> i.file().equals(file)).toList();
        Set<String> withIssues = new HashSet<>();
        issues.forEach(i -> withIssues.add(report.subjectOf(i)));
        List<String> passed = new ArrayList<>(claims.stream().filter(c -> !withIssues.contains(c)).toList());
        if (passed.isEmpty() && issues.isEmpty()) {
            passed.add(file);
        }
        long failures = issues.stream().filter(report::failing).count();
        nl(w, 1);
        w.writeStartElement("testsuite");
        w.writeAttribute("name", file);
        w.writeAttribute("package", packageOf(file));
        w.writeAttribute("id", Integer.toString(id));
        w.writeAttribute("timestamp", timestamp);
        w.writeAttribute("hostname", "localhost");
        w.writeAttribute("tests", Integer.toString(passed.size() + issues.size()));
        w.writeAttribute("failures", Long.toString(failures));
        w.writeAttribute("errors", "0");
        w.writeAttribute("time", "0");
        nl(w, 2);
        w.writeStartElement("properties");
        nl(w, 3);
        w.writeEmptyElement("property");
        w.writeAttribute("name", "fail-on");
        w.writeAttribute("value", report.options().failOn().wireName());
        nl(w, 2);
        w.writeEndElement();
        for (String name : passed) {
            nl(w, 2);
            testcase(w, name, file);
        }
        for (Issue i : issues) {
            nl(w, 2);
            issueCase(w, report, i);
        }
        nl(w, 2);
        w.writeEmptyElement("system-out");
        nl(w, 2);
        w.writeEmptyElement("system-err");
        nl(w, 1);
        w.writeEndElement();
    }

    private static void testcase(XMLStreamWriter w, String name, String file) throws XMLStreamException {
        w.writeEmptyElement("testcase");
        w.writeAttribute("name", name);
        w.writeAttribute("classname", file);
        w.writeAttribute("time", "0");
    }

    private static void issueCase(XMLStreamWriter w, ValidationReport report, Issue i) throws XMLStreamException {
        String where = i.line() > 0 ? i.file() + ":" + i.line() + ":" + i.column() : i.file();
        String subject = report.subjectOf(i) != null ? report.subjectOf(i) : "line " + i.line();
        String name = subject + " [" + i.check().id() + "]";
        if (!report.failing(i)) {
            testcase(w, name, i.file());
            return;
        }
        w.writeStartElement("testcase");
        w.writeAttribute("name", name);
        w.writeAttribute("classname", i.file());
        w.writeAttribute("time", "0");
        nl(w, 3);
        w.writeStartElement("failure");
        w.writeAttribute("type", i.check().id());
        w.writeAttribute("message", where + ": " + i.message());
        w.writeCharacters(where + ": " + i.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + i.message()
                + "\n[" + i.check().id() + "] " + i.check().description());
        w.writeEndElement();
        nl(w, 2);
        w.writeEndElement();
    }

    private static String packageOf(String file) {
        int slash = file.replace('\\', '/').lastIndexOf('/');
        return slash > 0 ? file.substring(0, slash) : ".";
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
