package dev.crosscheck.validation.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Severity;
import dev.crosscheck.source.SourceText;
import dev.crosscheck.validation.ReportPaths;
import dev.crosscheck.validation.ValidationReport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report as SARIF 2.1.0, built from the schema-generated POJOs of {@code java-sarif} and
 * serialised by Jackson, so code-scanning UIs (GitHub, GitLab, Azure DevOps) annotate the lines of
 * the claims files. Rules are the check ids; locations are relative to the repository root
 * ({@code %SRCROOT%}), which is where CI runs the command.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ValidationReport report, OutputStream out) throws IOException {
        MAPPER.writeValue(out, log(report));
        out.write('\n');
    }

    static SarifSchema210 log(ValidationReport report) {
        List<Result> results = new ArrayList<>();
        for (Issue i : report.issues()) {
            results.add(result(report, i));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver()))
                .withInvocations(List.of(new Invocation().withExecutionSuccessful(true).withExitCode(report.exitCode())))
                .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
                .withResults(results);
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA_URI))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private static ToolComponent driver() {
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (CheckId c : CheckId.values()) {
            rules.add(new ReportingDescriptor()
                    .withId(c.id())
                    .withName(ruleName(c))
                    .withShortDescription(new MultiformatMessageString().withText(c.description()))
                    .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(c.severity()))));
        }
        return new ToolComponent().withName("crosscheck").withVersion("1.0.0").withSemanticVersion("1.0.0").withRules(rules);
    }

    private static PhysicalLocation physical(String file, int line, int column) {
        ArtifactLocation artifact = new ArtifactLocation().withUri(ReportPaths.uri(file)).withUriBaseId(SRCROOT);
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact);
        if (line > 0) {
            physical.setRegion(new Region().withStartLine(line).withStartColumn(Math.max(1, column)));
        }
        return physical;
    }

    private static Result result(ValidationReport report, Issue i) {
        PhysicalLocation physical = physical(i.file(), i.line(), i.column());
        Result r = new Result()
                .withRuleId(i.check().id())
                .withRuleIndex(i.check().ordinal())
                .withLevel(report.failing(i) || i.severity() != Severity.ERROR ? level(i.severity()) : Result.Level.WARNING)
                .withMessage(new Message().withText(i.message()))
                .withLocations(List.of(new Location().withPhysicalLocation(physical)))
                .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty("crosscheck/v1", fingerprint(i)));
        if (report.accepted(i)) {
            r.setBaselineState(Result.BaselineState.UNCHANGED);
        }
        List<dev.crosscheck.shared.diagnostic.Located> related = report.relatedTo(i);
        if (!related.isEmpty()) {
            Set<Location> locations = new LinkedHashSet<>();
            int id = 1;
            for (dev.crosscheck.shared.diagnostic.Located l : related) {
                locations.add(new Location().withId(id++).withPhysicalLocation(physical(l.file(), l.line(), l.column()))
                        .withMessage(new Message().withText("another claim of this finding")));
            }
            r.setRelatedLocations(locations);
        }
        return r;
    }

    /** Stable across line moves, so code scanning keeps tracking one alert while a file is edited. */
    private static String fingerprint(Issue i) {
        String key = i.check().id() + "|" + i.file() + "|" + (i.subjectId() == null ? i.message() : i.subjectId());
        return SourceText.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static String ruleName(CheckId c) {
        StringBuilder b = new StringBuilder();
        for (String part : c.id().split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    private static Result.Level level(Severity s) {
        return switch (s) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level configLevel(Severity s) {
        return switch (s) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case NOTE -> ReportingConfiguration.Level.NOTE;
        };
    }
}
