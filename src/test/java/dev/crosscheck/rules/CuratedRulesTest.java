package dev.crosscheck.rules;

import dev.crosscheck.dataset.Dataset;
import dev.crosscheck.dataset.DatasetReader;
import dev.crosscheck.shared.diagnostic.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's rules over the curated claims: what a reviewer should see for the seed corpus. */
class CuratedRulesTest {

    private static RulesEngine engine;
    private static List<Issue> issues;

    @BeforeAll
    static void load() {
        Dataset d = new DatasetReader(10_000_000).read(Path.of("claims"), Path.of("seeds"));
        assertThat(d.issues()).isEmpty();
        issues = new ArrayList<>();
        RuleSet rules = RuleSet.parse(d.rules(), d.rulesFile(), d.rulesDigest(), issues);
        issues.addAll(rules.verify(d.catalog()));
        engine = new RulesEngine(rules, d.catalog());
        engine.evaluateAll(d.claims());
    }

    @Test
    void theRulesFitTheCatalog() {
        assertThat(issues).isEmpty();
    }

    @Test
    void countsUnderDifferentDefinitionsAreATensionNotAConflict() {
        assertThat(engine.findingsForClaim("001-six-little-dragons-zju-genes").findings())
                .filteredOn(f -> f.ruleId().equals("single-value"))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Relation.TENSION);
                    assertThat(RulesFixture.ids(f)).containsExactly("001-six-little-dragons-zju-genes", "002-six-little-dragons-zju-count");
                    assertThat(f.explanation()).contains("zju-genes", "came-out-of-zju");
                });
    }

    @Test
    void aClaimedMajorityWithAKnownExceptionIsATension() {
        assertThat(engine.findingsForClaim("003-six-little-dragons-locally-incubated").findings())
                .extracting(Finding::ruleId, Finding::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("count-vs-members", Relation.TENSION),
                        org.assertj.core.groups.Tuple.tuple("opposing-origin-counts", Relation.TENSION));
    }

    @Test
    void findingsAreAboutSeveralClaimsAndHaveUniqueIds() {
        List<Finding> all = engine.findings().findings();
        assertThat(all).isNotEmpty();
        assertThat(all).allSatisfy(f -> assertThat(f.claims()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(all).extracting(Finding::id).doesNotHaveDuplicates();
    }
}
