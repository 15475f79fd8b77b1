package dev.crosscheck.rules;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ValueNormalizer;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.yaml.YamlReader;
import dev.crosscheck.source.SourceText;
import dev.crosscheck.source.anchor.Anchor;
import dev.crosscheck.source.anchor.TextPositionSelector;
import dev.crosscheck.source.anchor.TextQuoteSelector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small catalog with the property ids {@code claims/rules.yaml} refers to, the real rules
 * file, and a way to write claims in one line. Entity ids are placeholders, not seed entities.
 */
final class RulesFixture {

    static final Path RULES_FILE = Path.of("claims/rules.yaml");

    private RulesFixture() {
    }

    static Catalog catalog() {
        List<UnitDef> units = List.of(
                unit("firm", "count", 1), unit("ordinal", "rank", 1), unit("percent", "percent", 1),
                unit("usd", "money-usd", 1), unit("thousand-usd", "money-usd", 1000), unit("yuan", "money-cny", 1),
                unit("item", "count", 1), unit("mps", "speed", 1));
        List<PropertyDef> properties = List.of(
                property("members", Datatype.ENTITY_SET, null, 0, true, List.of(), null),
                property("member-count", Datatype.COUNT, "firm", 0, true, List.of(), null),
                property("zju-linked", Datatype.BOOLEAN, null, 0, true, List.of(), null),
                property("zju-linked-count", Datatype.COUNT, "firm", 0, true, List.of(), new PropertyDef.Aggregates("zju-linked", "true")),
                property("origin", Datatype.CATEGORY, null, 0, true, List.of("incubated-locally", "introduced-from-outside"), null),
                property("locally-incubated-count", Datatype.COUNT, "firm", 0, true, List.of(),
                        new PropertyDef.Aggregates("origin", "incubated-locally")),
                property("non-local-founder-count", Datatype.COUNT, "firm", 0, true, List.of(),
                        new PropertyDef.Aggregates("origin", "introduced-from-outside")),
                property("field", Datatype.CATEGORY, null, 0, true, List.of("robotics", "games", "models"), null),
                property("rank", Datatype.RANK, "ordinal", 0, true, List.of(), null),
                property("revenue", Datatype.MONEY, "usd", 0.005, true, List.of(), null),
                property("budget", Datatype.MONEY, null, 0.005, true, List.of(), null),
                property("share", Datatype.PERCENT, "percent", 0.005, true, List.of(), null),
                property("model-count", Datatype.COUNT, "item", 0, true, List.of(), null),
                property("founded-year", Datatype.YEAR, null, 0, true, List.of(), null),
                property("launch-date", Datatype.DATE, null, 0, true, List.of(), null),
                property("founder", Datatype.ENTITY, null, 0, true, List.of(), null),
                property("partner", Datatype.ENTITY, null, 0, false, List.of(), null),
                property("motto", Datatype.TEXT, null, 0, true, List.of(), null),
                property("speed", Datatype.QUANTITY, "mps", 0.005, true, List.of(), null));
        List<EntityDef> entities = new ArrayList<>();
        for (String id : List.of("group-a", "group-b", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "city-x", "firm-x",
                "person-p", "person-q", "ranking-r1", "ranking-r2")) {
            entities.add(new EntityDef(id, "organization", Map.of("en", List.of(displayName(id))), null));
        }
        return new Catalog(entities, units, properties);
    }

    private static String displayName(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }

    static UnitDef unit(String id, String dimension, double factor) {
        return new UnitDef(id, dimension, factor, Map.of("en", List.of(id)));
    }

    static PropertyDef property(String id, Datatype dt, String unit, double tolerance, boolean single, List<String> categories,
                                PropertyDef.Aggregates aggregates) {
        return new PropertyDef(id, Map.of("en", id.replace('-', ' ')), dt, unit, single, tolerance, categories, aggregates, Map.of());
    }

    /** The project's rules file, parsed without issues. */
    static RuleSet rules() throws Exception {
        byte[] bytes = Files.readAllBytes(RULES_FILE);
        List<Issue> issues = new ArrayList<>();
        RuleSet rules = RuleSet.parse(YamlReader.read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)),
                RULES_FILE.toString(), SourceText.sha256(bytes), issues);
        assertThat(issues).isEmpty();
        return rules;
    }

    static RulesEngine engine(Claim... claims) throws Exception {
        RulesEngine e = new RulesEngine(rules(), catalog());
        e.evaluateAll(List.of(claims));
        return e;
    }

    /** A claim; qualifiers as alternating keys and values. */
    static Claim claim(String id, String subject, String property, Object value, String unit, String... qualifiers) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i + 1 < qualifiers.length; i += 2) {
            q.put(qualifiers[i], qualifiers[i + 1]);
        }
        Catalog catalog = catalog();
        PropertyDef p = catalog.property(property).orElseThrow();
        ValueNormalizer.Result r = ValueNormalizer.normalize(p, value, unit, q, catalog);
        assertThat(r.ok()).as("value %s of %s: %s", value, id, r.error()).isTrue();
        String source = id.substring(0, id.indexOf('-'));
        String quote = "quote of " + id;
        Anchor anchor = new Anchor(new TextQuoteSelector(quote, "", ""), new TextPositionSelector(0, quote.length()));
        return new Claim(id, subject, property, value, unit, Map.copyOf(q), source, quote, anchor, r.value(), null);
    }

    static List<Finding> of(RulesEngine e, Relation kind) {
        return e.findings().findings().stream().filter(f -> f.kind() == kind).toList();
    }

    static List<String> ids(Finding f) {
        return f.claims().stream().map(FindingClaim::claimId).toList();
    }

    static Stream<Finding> byRule(RulesEngine e, String ruleId) {
        return e.findings().findings().stream().filter(f -> f.ruleId().equals(ruleId));
    }
}
