package dev.crosscheck.rules;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.rules.bench.SyntheticClaims;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.yaml.YamlReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static dev.crosscheck.rules.RulesFixture.catalog;
import static dev.crosscheck.rules.RulesFixture.claim;
import static dev.crosscheck.rules.RulesFixture.engine;
import static dev.crosscheck.rules.RulesFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

class RulesEngineTest {

    private static final Claim A = claim("001-a", "firm-x", "founded-year", 2015, null);
    private static final Claim B = claim("002-a", "firm-x", "founded-year", 2016, null);
    private static final Claim C = claim("003-a", "firm-x", "founded-year", 2015, null);

    @Test
    void findingIdsDependOnlyOnRuleKindAndClaims() throws Exception {
        List<Finding> first = engine(A, B, C).findings().findings();
        List<Finding> reordered = engine(C, B, A).findings().findings();
        assertThat(reordered).isEqualTo(first);
        assertThat(first).allSatisfy(f -> assertThat(f.id()).matches("f-[0-9a-f]{16}"));
        assertThat(first).extracting(Finding::id).doesNotHaveDuplicates();

        Claim requoted = new Claim(A.id(), A.subject(), A.property(), A.value(), A.unit(), A.qualifiers(), A.source(), "another quote",
                A.anchor(), A.normalized(), "a note");
        assertThat(engine(requoted, B, C).findings().findings()).extracting(Finding::id)
                .containsExactlyElementsOf(first.stream().map(Finding::id).toList());
        assertThat(FindingIds.of("single-value", Relation.CONFLICT, List.of("001-a", "002-a")))
                .isEqualTo(FindingIds.of("single-value", Relation.CONFLICT, List.of("001-a", "002-a")))
                .isNotEqualTo(FindingIds.of("single-value", Relation.AGREEMENT, List.of("001-a", "002-a")));
    }

    @Test
    void everyResultStatesTheRulesetVersion() throws Exception {
        RulesEngine e = engine(A, B);
        assertThat(e.rulesetVersion()).matches("[0-9a-f]{64}");
        assertThat(e.findings().rulesetVersion()).isEqualTo(e.rulesetVersion());
        assertThat(e.findingsForClaim("001-a").rulesetVersion()).isEqualTo(e.rulesetVersion());
        assertThat(e.update(List.of(C), List.of()).rulesetVersion()).isEqualTo(e.rulesetVersion());
    }

    @Test
    void findingsForAClaimAreThoseThatCiteIt() throws Exception {
        RulesEngine e = engine(A, B, C, claim("002-b", "firm-x", "founder", "person-p", null));
        assertThat(e.findingsForClaim("001-a").findings()).extracting(Finding::kind)
                .containsExactlyInAnyOrder(Relation.CONFLICT, Relation.AGREEMENT);
        assertThat(e.findingsForClaim("002-a").findings()).extracting(Finding::kind).containsExactly(Relation.CONFLICT);
        assertThat(e.findingsForClaim("002-b").findings()).isEmpty();
        assertThat(e.findingsForClaim("no-such-claim").findings()).isEmpty();
    }

    @Test
    void anUpdateReportsWhatItChanged() throws Exception {
        RulesEngine e = engine(A, B);
        RulesEngine.Update u = e.update(List.of(claim("002-a", "firm-x", "founded-year", 2015, null)), List.of());
        assertThat(u.groupsRecomputed()).isEqualTo(1);
        assertThat(u.removed()).extracting(Finding::kind).containsExactly(Relation.CONFLICT);
        assertThat(u.added()).extracting(Finding::kind).containsExactly(Relation.AGREEMENT);
        RulesEngine.Update gone = e.update(List.of(), List.of("002-a"));
        assertThat(gone.removed()).extracting(Finding::kind).containsExactly(Relation.AGREEMENT);
        assertThat(e.findings().findings()).isEmpty();
    }

    @Test
    void aNoteEditRecomputesNothingAndAValueEditDoes() throws Exception {
        RulesEngine e = engine(A, B);
        List<Finding> before = e.findings().findings();
        Claim noted = new Claim(A.id(), A.subject(), A.property(), A.value(), A.unit(), A.qualifiers(), A.source(), A.quote(),
                A.anchor(), A.normalized(), "checked again by the desk");
        RulesEngine.Update u = e.update(List.of(noted), List.of());
        assertThat(u.groupsRecomputed()).isZero();
        assertThat(u.added()).isEmpty();
        assertThat(e.findings().findings()).isEqualTo(before);
        RulesEngine.Update v = e.update(List.of(claim("002-a", "firm-x", "founded-year", 2015, null)), List.of());
        assertThat(v.groupsRecomputed()).isEqualTo(1);
        assertThat(v.added()).extracting(Finding::kind).containsExactly(Relation.AGREEMENT);
    }

    @Test
    void aChangedMemberListRecomputesTheCountsOverIt() throws Exception {
        Claim count = claim("003-count", "group-a", "locally-incubated-count", "过半", "firm", "outOf", "6");
        Claim outsider = claim("002-m7", "m7", "origin", "introduced-from-outside", null);
        RulesEngine e = engine(claim("000-members", "group-a", "members", List.of("m1", "m2", "m3", "m4", "m5", "m6"), null), count, outsider);
        assertThat(e.findings().findings()).isEmpty();
        e.update(List.of(claim("000-members", "group-a", "members", List.of("m1", "m2", "m3", "m4", "m5", "m7"), null)), List.of());
        assertThat(e.findings().findings()).singleElement().extracting(Finding::kind).isEqualTo(Relation.TENSION);
        e.update(List.of(claim("002-m7", "m7", "origin", "incubated-locally", null)), List.of());
        assertThat(e.findings().findings()).isEmpty();
    }

    @Test
    void incrementalUpdatesGiveWhatAFullEvaluationGives() throws Exception {
        RuleSet rules = rules();
        List<Claim> all = SyntheticClaims.generate(6_000, 7);
        Random random = new Random(7);
        Map<String, Claim> current = new LinkedHashMap<>();
        List<Claim> initial = new ArrayList<>();
        List<Claim> later = new ArrayList<>();
        for (Claim c : all) {
            (random.nextInt(4) == 0 ? later : initial).add(c);
        }
        initial.forEach(c -> current.put(c.id(), c));
        RulesEngine incremental = new RulesEngine(rules, SyntheticClaims.catalog());
        incremental.evaluateAll(initial);
        Set<Finding> tracked = new HashSet<>(incremental.findings().findings());

        for (int step = 0; step < 400; step++) {
            List<Claim> upserts = new ArrayList<>();
            List<String> removals = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                List<Claim> present = List.copyOf(current.values());
                switch (random.nextInt(3)) {
                    case 0 -> {
                        if (!later.isEmpty()) {
                            upserts.add(later.remove(later.size() - 1));
                        }
                    }
                    case 1 -> upserts.add(SyntheticClaims.revised(present.get(random.nextInt(present.size())), step));
                    default -> removals.add(present.get(random.nextInt(present.size())).id());
                }
            }
            removals.removeIf(id -> upserts.stream().anyMatch(c -> c.id().equals(id)));
            RulesEngine.Update u = incremental.update(upserts, removals);
            removals.forEach(current::remove);
            upserts.forEach(c -> current.put(c.id(), c));
            tracked.removeAll(u.removed());
            tracked.addAll(u.added());
        }

        RulesEngine full = new RulesEngine(rules, SyntheticClaims.catalog());
        full.evaluateAll(current.values());
        assertThat(full.findings().findings()).isNotEmpty();
        assertThat(incremental.findings()).isEqualTo(full.findings());
        assertThat(tracked).containsExactlyInAnyOrderElementsOf(full.findings().findings());
    }

    @Test
    void rulesFileProblemsAreReportedWithTheirPosition() throws Exception {
        String yaml = """
                version: 1
                qualifiers:
                  - {key: ranking, kind: firm}
                rules:
                  - id: a
                    kind: single-valued
                    description: x
                    params: {datatypes: [count, colour]}
                  - id: b
                    kind: no-such-kind
                    description: y
                  - id: c
                    kind: exclusive-categories
                    description: z
                    severity: {conflict: fatal}
                    params: {exclusive: {origin: [[incubated-locally, nowhere]], no-such-property: [[x, y]]}}
                """;
        List<Issue> issues = new ArrayList<>();
        RuleSet rules = RuleSet.parse(YamlReader.read(yaml), "rules.yaml", "digest", issues);
        assertThat(issues).extracting(i -> i.line() + ": " + i.message()).containsExactlyInAnyOrder(
                "3: 'kind' must be one of [hard, soft], got 'firm'",
                "8: rule 'a': unknown datatype 'colour'",
                "10: rule 'b': unknown kind 'no-such-kind'; known kinds are single-valued, set-membership, exclusive-categories, "
                        + "set-count, opposing-counts",
                "15: rule 'c': severity entries map agreement, conflict or tension to error, warning or note; got 'conflict: fatal'");
        assertThat(rules.specs()).extracting(RuleSpec::id).containsExactly("a", "c");
        assertThat(rules.verify(catalog())).extracting(i -> i.line() + ": " + i.message()).containsExactlyInAnyOrder(
                "12: rule 'c': 'nowhere' is not a category of 'origin' [incubated-locally, introduced-from-outside]",
                "12: rule 'c': unknown property 'no-such-property'");
    }

    @Test
    void theProjectRulesFitTheCatalogTheyAreWrittenFor() throws Exception {
        assertThat(rules().verify(catalog())).isEmpty();
        assertThat(rules().verify(SyntheticClaims.catalog())).isEmpty();
    }
}
