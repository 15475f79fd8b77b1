package dev.crosscheck.dataset;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.CatalogReader;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimFileReader;
import dev.crosscheck.claim.ClaimInput;
import dev.crosscheck.claim.ClaimValidator;
import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Located;
import dev.crosscheck.shared.yaml.DocumentText;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YNode;
import dev.crosscheck.shared.yaml.YamlDocument;
import dev.crosscheck.source.SourceDef;
import dev.crosscheck.source.SourceListReader;
import dev.crosscheck.source.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a claims directory ({@code entities.yaml}, {@code properties.yaml}, {@code rules.yaml},
 * claims files) and a sources directory ({@code sources.yaml} plus the texts), checking
 * everything and collecting issues instead of stopping at the first.
 */
public final class DatasetReader {

    public static final String ENTITIES = "entities.yaml";
    public static final String PROPERTIES = "properties.yaml";
    public static final String RULES = "rules.yaml";
    public static final String SOURCES = "sources.yaml";

    private final long maxBytes;

    public DatasetReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A parsed document, or null after recording why it could not be parsed. */

    public Dataset read(Path claimsDir, Path sourcesDir) {
        List<Issue> issues = new ArrayList<>();
        Map<String, SourceText> sources = readSources(sourcesDir, issues);
        Catalog catalog = readCatalog(claimsDir, issues);
        YamlDocument rules = parseFile(claimsDir.resolve(RULES), issues, false);
        List<Path> claimFiles = claimFiles(claimsDir, issues);
        List<YamlDocument> docs = new ArrayList<>();
        for (Path p : claimFiles) {
            YamlDocument d = parseFile(p, issues, true);
            if (d != null) {
                docs.add(d);
            }
        }
        return build(sources, catalog, docs, rules, issues);
    }

    /** Builds a dataset from already-parsed claims documents against a known catalog and sources. */
    public static Dataset build(Map<String, SourceText> sources, Catalog catalog, List<YamlDocument> claimDocs, YamlDocument rules, List<Issue> issues) {
        List<Claim> claims = new ArrayList<>();
        Map<String, Located> lines = new LinkedHashMap<>();
        Map<String, Located> firstSeen = new HashMap<>();
        for (YamlDocument d : claimDocs) {
            YFields f = new YFields(d.file(), issues);
            for (ClaimInput in : ClaimFileReader.read(d.root(), f)) {
                Located prev = firstSeen.putIfAbsent(in.id(), in.fieldAt("id"));
                if (prev != null) {
                    issues.add(Issue.of(CheckId.DUPLICATE_ID, in.fieldAt("id"), "duplicate claim id '" + in.id() + "' (first defined at "
                            + prev.file() + ":" + prev.line() + ")", in.id()));
                    continue;
                }
                lines.put(in.id(), in.at());
                ClaimValidator.validate(in, catalog, sources, issues).ifPresent(claims::add);
            }
        }
        String digest = rules == null ? null : SourceText.sha256(rules.bytes());
        return new Dataset(sources, catalog, claims, rules == null ? null : rules.root(), rules == null ? null : rules.file(),
                digest, lines, issues);
    }

    public Map<String, SourceText> readSources(Path sourcesDir, List<Issue> issues) {
        Map<String, SourceText> out = new LinkedHashMap<>();
        YamlDocument list = parseFile(sourcesDir.resolve(SOURCES), issues, true);
        if (list == null) {
            return out;
        }
        YFields f = new YFields(list.file(), issues);
        for (SourceDef def : SourceListReader.read(list.root(), f)) {
            if (def.file() == null) {
                continue;
            }
            Path file = sourcesDir.resolve(def.file()).normalize();
            try {
                // The size is checked before reading, so an oversized text is refused without being loaded into memory.
                if (Files.size(file) > maxBytes) {
                    throw new DocumentText.RejectedException(file + " is " + Files.size(file) + " bytes, over the limit of " + maxBytes
                            + " bytes");
                }
                byte[] bytes = Files.readAllBytes(file);
                out.put(def.id(), SourceText.read(def, bytes, DocumentText.decode(bytes, maxBytes, file.toString()), file.toString()));
            } catch (IOException | DocumentText.RejectedException e) {
                issues.add(Issue.of(CheckId.SOURCE_UNREADABLE, SourceListReader.fileAt(list.root(), def.id(), f), "source '" + def.id()
                        + "': cannot read " + file + ": " + oneLine(e), def.id()));
            }
        }
        return out;
    }

    public Catalog readCatalog(Path claimsDir, List<Issue> issues) {
        List<EntityDef> entities = List.of();
        List<UnitDef> units = List.of();
        List<PropertyDef> properties = List.of();
        YamlDocument e = parseFile(claimsDir.resolve(ENTITIES), issues, true);
        if (e != null) {
            entities = CatalogReader.entities(e.root(), new YFields(e.file(), issues));
        }
        YamlDocument p = parseFile(claimsDir.resolve(PROPERTIES), issues, true);
        if (p != null) {
            YFields f = new YFields(p.file(), issues);
            units = CatalogReader.units(p.root(), f);
            properties = CatalogReader.properties(p.root(), f, units.stream().map(UnitDef::id).collect(java.util.stream.Collectors.toSet()));
        }
        return new Catalog(entities, units, properties);
    }

    /** The claims files of a directory: every YAML or JSON file but the catalog and rules files, sorted. */
    public List<Path> claimFiles(Path claimsDir, List<Issue> issues) {
        if (!Files.isDirectory(claimsDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(claimsDir)) {
            return s.filter(p -> p.getFileName().toString().matches("(?i).*\\.(ya?ml|json)$"))
                    .filter(p -> !List.of(ENTITIES, PROPERTIES, RULES).contains(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            issues.add(Issue.of(CheckId.SOURCE_UNREADABLE, claimsDir.toString(), 0, 0, "cannot list " + claimsDir + ": " + oneLine(e), null));
            return List.of();
        }
    }

    /** Reads and parses one file, recording an issue and returning null when that fails. */
    public YamlDocument parseFile(Path file, List<Issue> issues, boolean required) {
        String name = file.toString();
        if (!Files.exists(file)) {
            if (required) {
                issues.add(Issue.of(CheckId.SOURCE_UNREADABLE, name, 0, 0, "missing file " + name, null));
            }
            return null;
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                issues.add(Issue.of(CheckId.YAML_SYNTAX, name, 1, 1, name + " is " + size + " bytes, over the limit of " + maxBytes
                        + " bytes", null));
                return null;
            }
            return YamlDocument.parse(name, Files.readAllBytes(file), issues, maxBytes);
        } catch (IOException e) {
            issues.add(Issue.of(CheckId.SOURCE_UNREADABLE, name, 0, 0, "cannot read " + name + ": " + oneLine(e), null));
            return null;
        }
    }

    /** Parses a document given as bytes (a file, or a request body). */
    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
