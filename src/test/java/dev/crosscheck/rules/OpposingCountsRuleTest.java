package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.crosscheck.rules.RulesFixture.byRule;
import static dev.crosscheck.rules.RulesFixture.claim;
import static dev.crosscheck.rules.RulesFixture.engine;
import static dev.crosscheck.rules.RulesFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

class OpposingCountsRuleTest {

    private static final String RULE = "opposing-origin-counts";

    @Test
    void twoOpposingMajoritiesOfOneSetAreATension() throws Exception {
        var a = claim("003-a", "group-a", "locally-incubated-count", "过半", "firm", "outOf", "6");
        var b = claim("004-b", "group-a", "non-local-founder-count", "大部分", "firm", "outOf", "6", "definition", "founders-not-local");
        RulesEngine e = engine(a, b);
        assertThat(byRule(e, RULE)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Relation.TENSION);
            assertThat(ids(t)).containsExactly("003-a", "004-b");
            assertThat(t.explanation()).contains("at least 8 of the 6 members", "measure different things");
        });
        assertThat(e.compare(b, a).relation()).isEqualTo(Relation.TENSION);
    }

    @Test
    void countsThatCanBothHoldAreLeftAlone() throws Exception {
        var a = claim("003-a", "group-a", "locally-incubated-count", "过半", "firm", "outOf", "6");
        var b = claim("004-b", "group-a", "non-local-founder-count", "1", "firm", "outOf", "6");
        RulesEngine e = engine(a, b);
        assertThat(byRule(e, RULE)).isEmpty();
        assertThat(e.compare(a, b).relation()).isEqualTo(Relation.NOT_COMPARABLE);
    }

    @Test
    void theSetSizeComesFromTheMemberListWhenThereIsOne() throws Exception {
        RulesEngine e = engine(
                claim("000-m", "group-a", "members", List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7"), null),
                claim("003-a", "group-a", "locally-incubated-count", "4", "firm"),
                claim("004-b", "group-a", "non-local-founder-count", "3", "firm"));
        assertThat(byRule(e, RULE)).isEmpty();
    }

    @Test
    void countsOfDifferentSetsAreNotRelated() throws Exception {
        assertThat(byRule(engine(
                claim("003-a", "group-a", "locally-incubated-count", "过半", "firm", "outOf", "6"),
                claim("004-b", "group-b", "non-local-founder-count", "过半", "firm", "outOf", "6")), RULE)).isEmpty();
    }
}
