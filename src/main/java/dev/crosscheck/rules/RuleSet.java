package dev.crosscheck.rules;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Severity;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of {@code rules.yaml}: qualifier semantics and configured rules, with the file's
 * digest as the ruleset version. Parsing never throws: every problem becomes an issue with its
 * line and column, and a rule with an unknown kind is left out.
 */
public final class RuleSet {

    public static final String FORMAT_VERSION = "1";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Map<Relation, Severity> DEFAULT_SEVERITIES = Map.of(
            Relation.AGREEMENT, Severity.NOTE, Relation.CONFLICT, Severity.ERROR, Relation.TENSION, Severity.WARNING);

    private final String version;
    private final QualifierPolicy qualifiers;
    private final List<RuleKind> rules;

    private RuleSet(String version, QualifierPolicy qualifiers, List<RuleKind> rules) {
        this.version = version;
        this.qualifiers = qualifiers;
        this.rules = List.copyOf(rules);
    }

    /**
     * @param rules  the parsed document, or null when there is no rules file (no rules then)
     * @param digest SHA-256 of the file: the version every findings result states
     */
    public static RuleSet parse(YNode rules, String file, String digest, List<Issue> issues) {
        YFields f = new YFields(file, issues);
        QualifierPolicy none = new QualifierPolicy(List.of(), QualifierPolicy.Kind.HARD, QualifierPolicy.WhenMissing.DISTINCT);
        if (rules == null) {
            return new RuleSet(digest, none, List.of());
        }
        YNode.YMap doc = f.asMap(rules, "rules file", null).orElse(null);
        if (doc == null) {
            return new RuleSet(digest, none, List.of());
        }
        String format = f.string(doc, "version", true, null);
        if (format != null && !FORMAT_VERSION.equals(format)) {
            f.issue(CheckId.SCHEMA, f.at(doc.get("version")), "unsupported rules format version '" + format + "' (this service reads "
                    + FORMAT_VERSION + ")", null);
        }
        QualifierPolicy policy = QualifierPolicy.parse(doc, f);
        List<RuleKind> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YNode item : f.list(doc, "rules", true, null)) {
            f.asMap(item, "a rule", null).map(m -> rule(m, f, seen)).ifPresent(r -> {
                if (r != null) {
                    out.add(r);
                }
            });
        }
        return new RuleSet(digest, policy, out);
    }

    private static RuleKind rule(YNode.YMap m, YFields f, Set<String> seen) {
        String id = f.string(m, "id", true, null);
        String kind = f.string(m, "kind", true, id);
        String description = f.string(m, "description", true, id);
        if (id == null || kind == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            f.issue(CheckId.SCHEMA, f.at(m.get("id")), "rule id '" + id + "' must match " + ID.pattern(), id);
        }
        if (!seen.add(id)) {
            f.issue(CheckId.DUPLICATE_ID, f.at(m.get("id")), "duplicate rule id '" + id + "'", id);
            return null;
        }
        RuleKinds.Factory factory = RuleKinds.factory(kind).orElse(null);
        if (factory == null) {
            f.issue(CheckId.SCHEMA, f.at(m.get("kind")), "rule '" + id + "': unknown kind '" + kind + "'; known kinds are "
                    + String.join(", ", RuleKinds.names()), id);
            return null;
        }
        RuleSpec spec = new RuleSpec(id, kind, description, severities(m, f, id), f.at(m));
        YNode params = m.get("params");
        YNode.YMap p = params == null ? new YNode.YMap(new LinkedHashMap<>(), new LinkedHashMap<>(), m.line(), m.column())
                : f.asMap(params, "'params'", id).orElse(null);
        return p == null ? null : factory.create(new RuleParams(spec, p, f));
    }

    private static Map<Relation, Severity> severities(YNode.YMap m, YFields f, String id) {
        Map<Relation, Severity> out = new EnumMap<>(DEFAULT_SEVERITIES);
        f.scalarMap(m, "severity", id).forEach((k, v) -> {
            Relation r = switch (k) {
                case "agreement" -> Relation.AGREEMENT;
                case "conflict" -> Relation.CONFLICT;
                case "tension" -> Relation.TENSION;
                default -> null;
            };
            Severity s = switch (v.toLowerCase(Locale.ROOT)) {
                case "error" -> Severity.ERROR;
                case "warning" -> Severity.WARNING;
                case "note", "info" -> Severity.NOTE;
                default -> null;
            };
            if (r == null || s == null) {
                f.issue(CheckId.SCHEMA, f.at(m.get("severity")), "rule '" + id + "': severity entries map agreement, conflict or "
                        + "tension to error, warning or note; got '" + k + ": " + v + "'", id);
            } else {
                out.put(r, s);
            }
        });
        return Map.copyOf(out);
    }

    /** Problems with what the rules name: properties and categories the catalog does not define. */
    public List<Issue> verify(Catalog catalog) {
        List<Issue> issues = new ArrayList<>();
        for (RuleKind r : rules) {
            RuleSpec s = r.spec();
            r.verify(catalog, problem -> issues.add(Issue.of(CheckId.SCHEMA, s.at(), "rule '" + s.id() + "': " + problem, s.id())));
        }
        return issues;
    }

    /** SHA-256 of {@code rules.yaml}. */
    public String version() {
        return version;
    }

    public QualifierPolicy qualifiers() {
        return qualifiers;
    }

    public List<RuleKind> rules() {
        return rules;
    }

    public List<RuleSpec> specs() {
        return rules.stream().map(RuleKind::spec).toList();
    }

    /** Property id → groups of categories that exclude each other, from every exclusive-categories rule. */
    Map<String, List<Set<String>>> exclusions() {
        Map<String, List<Set<String>>> out = new HashMap<>();
        for (RuleKind r : rules) {
            if (r instanceof ExclusiveCategoriesKind e) {
                e.exclusive().forEach((p, groups) -> out.computeIfAbsent(p, k -> new ArrayList<>()).addAll(groups));
            }
        }
        return out;
    }
}
