package dev.crosscheck.validation.cli;

import dev.crosscheck.shared.cli.BaseCommand;
import dev.crosscheck.shared.cli.UsageException;
import dev.crosscheck.shared.config.CrosscheckConfig;
import dev.crosscheck.validation.FailOn;
import dev.crosscheck.validation.ValidationOptions;
import dev.crosscheck.validation.ValidationReport;
import dev.crosscheck.validation.ValidationService;
import dev.crosscheck.validation.report.ReportFormat;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** {@code crosscheck validate}: checks claims files for CI and reports in the formats CI systems display. */
@Dependent
@Unremovable
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        parameterListHeading = "%nParameters:%n", optionListHeading = "%nOptions:%n",
        header = "Validate claims files for CI: exit codes, and text, JSON, SARIF or JUnit reports.",
        descriptionHeading = "%n",
        description = {
            "Validates a claims directory or a single claims file: YAML/JSON syntax and safety limits, schema, unknown "
                + "entities, properties, units and sources, duplicate ids, units that do not fit their property, quotes not "
                + "found in their source (with the closest passage), and the rules engine's conflicts and tensions.",
            "",
            "PATH is a claims directory (entities.yaml, properties.yaml, rules.yaml, claims-*.yaml) or one claims file. "
                + "A single file is checked against the catalog of --catalog, or else of its own directory when that holds "
                + "entities.yaml, or else of claims/. Sources always come from --sources. The rules engine sees the claims "
                + "being validated: all files of a directory, or the one file.",
            "",
            "Paths in reports are relative to the working directory: run from the repository root. SARIF rules link to "
                + "docs/validation-checks.md under crosscheck.docs-url (set with -Dcrosscheck.docs-url=URL or CROSSCHECK_DOCS_URL "
                + "to where the repository's docs/ is published).",
            "",
            "Files over crosscheck.max-document-bytes (default 10485760; set with -Dcrosscheck.max-document-bytes=N or "
                + "CROSSCHECK_MAX_DOCUMENT_BYTES) are rejected, as are binary and non-UTF-8 files, YAML alias bombs and "
                + "documents nested deeper than 64 levels: each is a yaml-syntax failure of that file."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:valid: no issue at or above the --fail-on level",
            "1:validation failures: issues at or above the --fail-on level (including files that cannot be parsed)",
            "2:usage or I/O error: bad option, PATH or a directory that does not exist or cannot be read, an output file "
                + "that cannot be written, or any other failure that stopped the validation; nothing was validated"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  crosscheck validate claims/",
            "  crosscheck validate claims/claims-002.yaml -f sarif -o r.sarif",
            "  crosscheck validate claims/ --report sarif=r.sarif --report junit=r.xml",
            "where crosscheck is bin/crosscheck (or: java -jar target/quarkus-app/quarkus-run.jar)"
        })
public class ValidateCommand extends BaseCommand {

    /** When to colour text output. */
    public enum Color { AUTO, ALWAYS, NEVER }

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "Claims directory or claims file (default: crosscheck.claims-dir, i.e. claims)")
    Path path;

    @Option(names = "--sources", paramLabel = "DIR", description = "Sources directory with sources.yaml and the texts "
            + "(default: crosscheck.seeds-dir, i.e. seeds)")
    Path sources;

    @Option(names = "--catalog", paramLabel = "DIR", description = "For a single claims file: the directory whose entities.yaml, "
            + "properties.yaml and rules.yaml it is checked against")
    Path catalog;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, sarif (SARIF 2.1.0) or junit (JUnit XML). Default: ${DEFAULT-VALUE}")
    ReportFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "conflict",
            description = "What fails the validation: error (data errors only), conflict (errors and rule conflicts) or "
                    + "tension (errors, conflicts and tensions). Default: ${DEFAULT-VALUE}")
    FailOn failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout")
    Path output;

    @Option(names = "--report", paramLabel = "FORMAT=FILE", mapFallbackValue = CommandLine.Option.NULL_VALUE,
            description = "Also write a report in FORMAT to FILE; repeatable, e.g. --report sarif=out.sarif --report junit=out.xml")
    Map<ReportFormat, Path> reports = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "FILE", description = "Rule finding ids accepted earlier, one per line (# comments): "
            + "they are still reported but never fail, so only new conflicts do")
    Path baseline;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (only on a terminal, unless NO_COLOR is set), always or never. "
                    + "Default: ${DEFAULT-VALUE}")
    Color color;

    private final ValidationService service;
    private final CrosscheckConfig config;
    /** Where reports without --output go; replaced in tests. */
    OutputStream stdout = System.out;

    public ValidateCommand(ValidationService service, CrosscheckConfig config) {
        this.service = service;
        this.config = config;
    }

    @Override
    protected int execute() throws IOException {
        Path target = path != null ? path : config.claimsDir();
        Path sourcesDir = sources != null ? sources : config.seedsDir();
        ValidationOptions options = new ValidationOptions(failOn, readBaseline());
        ValidationReport report = service.validatePath(target, catalogFor(target), sourcesDir, options);
        for (Map.Entry<ReportFormat, Path> r : reports.entrySet()) {
            if (r.getValue() == null) {
                throw new UsageException("--report needs FORMAT=FILE, e.g. --report sarif=crosscheck.sarif");
            }
            writeFile(report, r.getKey(), r.getValue());
        }
        if (output != null) {
            writeFile(report, format, output);
        } else {
            OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
            format.writer(useColor(), config.docsUrl()).write(report, out);
            out.flush();
        }
        return report.exitCode();
    }

    private Path catalogFor(Path target) {
        if (catalog != null) {
            return catalog;
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && Files.isRegularFile(dir.resolve("entities.yaml"))) {
            return target.getParent() == null ? Path.of(".") : target.getParent();
        }
        return config.claimsDir();
    }

    private Set<String> readBaseline() throws IOException {
        if (baseline == null) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String line : Files.readAllLines(baseline, StandardCharsets.UTF_8)) {
            String id = line.replaceFirst("#.*", "").strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void writeFile(ValidationReport report, ReportFormat f, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            f.writer(false, config.docsUrl()).write(report, out);
        }
    }

    private boolean useColor() {
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> stdout == System.out && System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }
}
