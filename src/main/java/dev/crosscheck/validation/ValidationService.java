package dev.crosscheck.validation;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.CatalogReader;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.dataset.Dataset;
import dev.crosscheck.dataset.DatasetReader;
import dev.crosscheck.shared.config.CrosscheckConfig;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Located;
import dev.crosscheck.shared.yaml.DocumentText;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YamlDocument;
import dev.crosscheck.source.SourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates claims files: reads them with the same {@link DatasetReader} (and so the same claim
 * validation and quote anchoring) that loads the service, adds the rules engine's findings, and
 * judges the result under {@link ValidationOptions}. Never writes anything.
 */
@ApplicationScoped
public class ValidationService {

    static final Set<String> CATALOG_FILES = Set.of(DatasetReader.ENTITIES, DatasetReader.PROPERTIES, DatasetReader.RULES);

    private final long maxBytes;

    @Inject
    public ValidationService(CrosscheckConfig config) {
        this(config.maxDocumentBytes());
    }

    public ValidationService(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** A document given as bytes, e.g. an uploaded file; {@code name} is how reports refer to it. */
    public record Document(String name, byte[] bytes) {
    }

    /**
     * Validates a claims directory, or a single claims file against the catalog of {@code catalogDir}.
     *
     * @param catalogDir for a single file: where entities, properties and rules come from; ignored for a directory
     * @throws IOException when a path does not exist or cannot be read at all, so nothing could be validated
     */
    public ValidationReport validatePath(Path target, Path catalogDir, Path sourcesDir, ValidationOptions options) throws IOException {
        Path t = ReportPaths.shorten(target);
        Path sources = ReportPaths.shorten(sourcesDir);
        requireReadable(t);
        requireDirectory(sources, "sources directory");
        DatasetReader reader = new DatasetReader(maxBytes);
        if (Files.isDirectory(t)) {
            List<Issue> issues = new ArrayList<>();
            List<Path> claimFiles = reader.claimFiles(t, issues);
            Dataset d = reader.read(t, sources);
            return report(d, checkedFiles(t, claimFiles, sources), options, this::readText);
        }
        String name = t.getFileName().toString();
        if (CATALOG_FILES.contains(name)) {
            throw new IOException(t + " is a catalog file, not a claims file: validate its directory instead");
        }
        Path catalog = ReportPaths.shorten(catalogDir);
        requireDirectory(catalog, "catalog directory");
        List<Issue> issues = new ArrayList<>();
        Map<String, SourceText> sourceTexts = reader.readSources(sources, issues);
        Catalog cat = reader.readCatalog(catalog, issues);
        YamlDocument rules = reader.parseFile(catalog.resolve(DatasetReader.RULES), issues, false);
        YamlDocument doc = reader.parseFile(t, issues, true);
        Dataset d = DatasetReader.build(sourceTexts, cat, doc == null ? List.of() : List.of(doc), rules, issues);
        return report(d, checkedFiles(catalog, List.of(t), sources), options, this::readText);
    }

    /**
     * Validates uploaded documents against a catalog and sources (the server's). An upload named
     * {@code entities.yaml}, {@code properties.yaml} or {@code rules.yaml} replaces that part of the
     * catalog for this validation; every other upload is a claims file.
     */
    public ValidationReport validateDocuments(List<Document> documents, Catalog catalog, Map<String, SourceText> sources,
                                              YamlDocument rules, ValidationOptions options) {
        List<Issue> issues = new ArrayList<>();
        List<YamlDocument> claimDocs = new ArrayList<>();
        List<EntityDef> entities = catalog.entities();
        List<UnitDef> units = catalog.units();
        List<PropertyDef> properties = catalog.properties();
        YamlDocument ruleDoc = rules;
        List<String> names = new ArrayList<>();
        for (Document doc : documents) {
            names.add(doc.name());
            YamlDocument parsed = YamlDocument.parse(doc.name(), doc.bytes(), issues, maxBytes);
            if (parsed == null) {
                continue;
            }
            YFields f = new YFields(doc.name(), issues);
            switch (baseName(doc.name())) {
                case DatasetReader.ENTITIES -> entities = CatalogReader.entities(parsed.root(), f);
                case DatasetReader.PROPERTIES -> {
                    units = CatalogReader.units(parsed.root(), f);
                    properties = CatalogReader.properties(parsed.root(), f, units.stream().map(UnitDef::id).collect(Collectors.toSet()));
                }
                case DatasetReader.RULES -> ruleDoc = parsed;
                default -> claimDocs.add(parsed);
            }
        }
        Dataset d = DatasetReader.build(sources, new Catalog(entities, units, properties), claimDocs, ruleDoc, issues);
        Map<String, byte[]> uploaded = new LinkedHashMap<>();
        documents.forEach(doc -> uploaded.putIfAbsent(doc.name(), doc.bytes()));
        // Only the uploads themselves are quoted: a name an upload chose never opens a file of the server.
        return report(d, names.stream().map(n -> new ValidationReport.CheckedFile(n, List.of())).toList(), options,
                name -> uploaded.containsKey(name) ? decode(uploaded.get(name), name) : null);
    }

    private ValidationReport report(Dataset d, List<ValidationReport.CheckedFile> files, ValidationOptions options,
                                    Function<String, String> textOf) {
        List<Issue> issues = new ArrayList<>(d.issues());
        RuleFindingIssues.Result rules = RuleFindingIssues.of(d);
        issues.addAll(rules.issues());
        issues.sort(Comparator.comparing(Issue::file).thenComparingInt(Issue::line).thenComparingInt(Issue::column)
                .thenComparing(i -> i.check().id()));
        Map<String, List<String>> claimsByFile = new LinkedHashMap<>();
        for (Map.Entry<String, Located> e : d.claimLines().entrySet()) {
            claimsByFile.computeIfAbsent(e.getValue().file(), k -> new ArrayList<>()).add(e.getKey());
        }
        List<ValidationReport.CheckedFile> withClaims = files.stream()
                .map(f -> new ValidationReport.CheckedFile(f.path(), claimsByFile.getOrDefault(f.path(), List.of())))
                .toList();
        ValidationReport report = new ValidationReport(withClaims, issues, rules.placements(), d.claimLines().size(), d.claims().size(),
                d.rulesDigest(), options, Map.of());
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : report.filesPointedAt()) {
            String text = textOf.apply(file);
            if (text != null) {
                texts.put(file, text);
            }
        }
        return new ValidationReport(withClaims, report.issues(), report.placements(), report.claims(), report.validClaims(),
                report.rulesetVersion(), options, texts);
    }

    /** A file the validation read, again, for the snippets of its report; null when it is gone, too big or not text. */
    private String readText(String name) {
        try {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.size(p) <= maxBytes ? decode(Files.readAllBytes(p), name) : null;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private String decode(byte[] bytes, String name) {
        try {
            return DocumentText.decode(bytes, maxBytes, name);
        } catch (DocumentText.RejectedException e) {
            return null;
        }
    }

    /** Catalog and sources files that exist, then the claims files: what a report lists as checked. */
    private static List<ValidationReport.CheckedFile> checkedFiles(Path catalogDir, List<Path> claimFiles, Path sourcesDir) {
        Stream<Path> catalog = Stream.of(DatasetReader.ENTITIES, DatasetReader.PROPERTIES, DatasetReader.RULES).map(catalogDir::resolve);
        return Stream.concat(Stream.concat(catalog, Stream.of(sourcesDir.resolve(DatasetReader.SOURCES))).filter(Files::isRegularFile),
                        claimFiles.stream())
                .map(p -> new ValidationReport.CheckedFile(p.toString(), List.of()))
                .toList();
    }

    private static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static void requireReadable(Path p) throws IOException {
        if (!Files.exists(p)) {
            throw new NoSuchFileException(p.toString(), null, "no such file or directory");
        }
        if (!Files.isReadable(p)) {
            throw new IOException(p + ": permission denied");
        }
    }

    private static void requireDirectory(Path p, String what) throws IOException {
        requireReadable(p);
        if (!Files.isDirectory(p)) {
            throw new IOException(p + ": the " + what + " is not a directory");
        }
    }
}
