package dev.crosscheck.validation.report;

import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Related;
import dev.crosscheck.shared.diagnostic.Severity;
import dev.crosscheck.source.SourceText;
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
 * the claims files. Rules are the check ids, documented by {@link SarifRules}; locations are
 * relative to the repository root ({@code %SRCROOT%}), which is where CI runs the command, and
 * carry whole regions with snippets ({@link SarifRegions}). Checked in CI by Microsoft's SARIF
 * Multitool with its GitHub rules (see {@code src/test/sarif}).
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String VERSION = "1.0.0";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final URI docs;

    /** @param docs where the documentation ({@code docs/} of the repository) is published: rules link into it */
    public SarifReportWriter(URI docs) {
        // A folder given without its final slash would resolve the page next to it, not in it.
        this.docs = docs.getPath() != null && !docs.getPath().endsWith("/") ? URI.create(docs + "/") : docs;
    }

    @Override
    public void write(ValidationReport report, OutputStream out) throws IOException {
        MAPPER.writeValue(out, log(report));
        out.write('\n');
    }

    SarifSchema210 log(ValidationReport report) {
        SarifRegions regions = new SarifRegions(report.texts());
        List<Result> results = new ArrayList<>();
        for (Issue i : report.issues()) {
            results.add(result(report, i, regions));
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

    private ToolComponent driver() {
        return new ToolComponent().withName("crosscheck").withVersion(VERSION).withSemanticVersion(VERSION)
                .withInformationUri(docs.resolve(SarifRules.PAGE))
                .withRules(SarifRules.rules(docs));
    }

    private static Result result(ValidationReport report, Issue i, SarifRegions regions) {
        Result r = new Result()
                .withRuleId(i.check().id())
                .withRuleIndex(i.check().ordinal())
                .withLevel(report.failing(i) || i.severity() != Severity.ERROR ? level(i.severity()) : Result.Level.WARNING)
                .withMessage(new Message().withText(i.message()))
                .withLocations(List.of(new Location().withPhysicalLocation(regions.physical(i.at()))))
                .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty("crosscheck/v1", fingerprint(i)));
        if (report.accepted(i)) {
            r.setBaselineState(Result.BaselineState.UNCHANGED);
        }
        List<Related> related = new ArrayList<>();
        report.relatedTo(i).forEach(l -> related.add(new Related(l, "another claim of this finding")));
        related.addAll(i.related());
        if (!related.isEmpty()) {
            Set<Location> locations = new LinkedHashSet<>();
            int id = 1;
            for (Related l : related) {
                locations.add(new Location().withId(id++).withPhysicalLocation(regions.physical(l.at()))
                        .withMessage(new Message().withText(l.message())));
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

    private static Result.Level level(Severity s) {
        return switch (s) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
        };
    }

    static ReportingConfiguration.Level configLevel(Severity s) {
        return switch (s) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case NOTE -> ReportingConfiguration.Level.NOTE;
        };
    }
}
