package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;

import static dev.crosscheck.rules.RulesFixture.claim;
import static dev.crosscheck.rules.RulesFixture.engine;
import static org.assertj.core.api.Assertions.assertThat;

class ExclusiveCategoriesRuleTest {

    @Test
    void valuesDeclaredExclusiveConflict() throws Exception {
        var a = claim("001-a", "m1", "origin", "incubated-locally", null);
        var b = claim("002-a", "m1", "origin", "introduced-from-outside", null);
        RulesEngine e = engine(a, b);
        assertThat(e.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Relation.CONFLICT);
            assertThat(f.ruleId()).isEqualTo("exclusive-categories");
            assertThat(f.explanation()).contains("'incubated-locally' and 'introduced-from-outside' exclude each other");
        });
        assertThat(e.compare(a, b).relation()).isEqualTo(Relation.CONFLICT);
    }

    @Test
    void theSameCategoryAgrees() throws Exception {
        assertThat(engine(
                claim("001-a", "m1", "origin", "incubated-locally", null),
                claim("002-a", "m1", "origin", "incubated-locally", null)).findings().findings())
                .singleElement().extracting(Finding::kind).isEqualTo(Relation.AGREEMENT);
    }

    @Test
    void valuesNotDeclaredExclusiveCanBothHold() throws Exception {
        var a = claim("001-a", "m1", "field", "robotics", null);
        var b = claim("002-a", "m1", "field", "games", null);
        RulesEngine e = engine(a, b);
        assertThat(e.findings().findings()).isEmpty();
        PairRelation r = e.compare(a, b);
        assertThat(r.relation()).isEqualTo(Relation.NOT_COMPARABLE);
        assertThat(r.reason()).contains("not declared mutually exclusive");
    }

    @Test
    void exclusiveValuesOfDifferentSubjectsDoNotConflict() throws Exception {
        assertThat(engine(
                claim("001-a", "m1", "origin", "incubated-locally", null),
                claim("002-a", "m2", "origin", "introduced-from-outside", null)).findings().findings()).isEmpty();
    }
}
