package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;

import static dev.crosscheck.rules.RulesFixture.claim;
import static dev.crosscheck.rules.RulesFixture.engine;
import static dev.crosscheck.rules.RulesFixture.ids;
import static dev.crosscheck.rules.RulesFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

class SingleValuedRuleTest {

    @Test
    void matchingValuesFromSeveralSourcesMakeOneAgreement() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "firm-x", "model-count", "2048", "item"),
                claim("002-a", "firm-x", "model-count", 2048, "item"),
                claim("003-a", "firm-x", "model-count", "两千零四十八", "item"));
        assertThat(e.findings().findings()).hasSize(1);
        Finding f = e.findings().findings().get(0);
        assertThat(f.kind()).isEqualTo(Relation.AGREEMENT);
        assertThat(f.ruleId()).isEqualTo("single-value");
        assertThat(ids(f)).containsExactly("001-a", "002-a", "003-a");
        assertThat(f.explanation()).contains("001", "002", "003", "model count");
        assertThat(f.claims().get(0).quoteSelector().exact()).isEqualTo("quote of 001-a");
    }

    @Test
    void oneSourceRepeatingItselfIsNoAgreement() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "firm-x", "model-count", "2048", "item"),
                claim("001-b", "firm-x", "model-count", "2048", "item"));
        assertThat(e.findings().findings()).isEmpty();
    }

    @Test
    void differentValuesConflict() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "firm-x", "founded-year", 2015, null),
                claim("002-a", "firm-x", "founded-year", 2016, null),
                claim("003-a", "firm-x", "founded-year", 2015, null));
        assertThat(of(e, Relation.CONFLICT)).singleElement().satisfies(f -> {
            assertThat(ids(f)).containsExactly("001-a", "002-a", "003-a");
            assertThat(f.explanation()).contains("001 says 2015", "002 says 2016", "do not overlap");
        });
        assertThat(of(e, Relation.AGREEMENT)).singleElement().satisfies(f -> assertThat(ids(f)).containsExactly("001-a", "003-a"));
    }

    @Test
    void numbersWithinTheToleranceAgreeAndBeyondItConflict() throws Exception {
        assertThat(of(engine(
                claim("001-a", "firm-x", "revenue", "1000", "usd"),
                claim("002-a", "firm-x", "revenue", "1004", "usd")), Relation.AGREEMENT)).hasSize(1);
        assertThat(of(engine(
                claim("001-a", "firm-x", "revenue", "1000", "usd"),
                claim("002-a", "firm-x", "revenue", "1020", "usd")), Relation.CONFLICT)).hasSize(1);
    }

    @Test
    void unitsAreNormalisedBeforeComparing() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "firm-x", "revenue", "1.5 million", "usd"),
                claim("002-a", "firm-x", "revenue", "1500", "thousand-usd"));
        assertThat(e.findings().findings()).singleElement().extracting(Finding::kind).isEqualTo(Relation.AGREEMENT);
    }

    @Test
    void valuesInDifferentCurrenciesAreNotTheSameFact() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "firm-x", "budget", "1000", "usd"),
                claim("002-a", "firm-x", "budget", "7000", "yuan"));
        assertThat(e.findings().findings()).isEmpty();
        PairRelation r = e.compare(claim("001-a", "firm-x", "budget", "1000", "usd"), claim("002-a", "firm-x", "budget", "7000", "yuan"));
        assertThat(r.relation()).isEqualTo(Relation.NOT_COMPARABLE);
        assertThat(r.reason()).contains("different units");
    }

    @Test
    void hedgedFiguresAgreeWhenTheirIntervalsOverlap() throws Exception {
        assertThat(of(engine(
                claim("001-a", "firm-x", "model-count", "超过3.2亿", "item"),
                claim("002-a", "firm-x", "model-count", "3.5亿", "item")), Relation.AGREEMENT)).hasSize(1);
        assertThat(of(engine(
                claim("001-a", "firm-x", "speed", "近2", null),
                claim("002-a", "firm-x", "speed", "1.9", null)), Relation.AGREEMENT)).hasSize(1);
    }

    @Test
    void hedgedFiguresConflictWhenTheirIntervalsDoNotOverlap() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "firm-x", "model-count", "超过3.2亿", "item"),
                claim("002-a", "firm-x", "model-count", "3亿", "item"));
        assertThat(e.findings().findings()).singleElement().extracting(Finding::kind).isEqualTo(Relation.CONFLICT);
        assertThat(of(engine(
                claim("001-a", "group-a", "zju-linked-count", "过半", "firm", "outOf", "6"),
                claim("002-a", "group-a", "zju-linked-count", "一半", "firm", "outOf", "6")), Relation.CONFLICT)).hasSize(1);
    }

    @Test
    void ranksInDifferentRankingsNeverConflict() throws Exception {
        var a = claim("001-a", "city-x", "rank", "第二", "ordinal", "ranking", "ranking-r1", "metric", "ai");
        var b = claim("002-a", "city-x", "rank", "第四", "ordinal", "ranking", "ranking-r2", "metric", "ai");
        RulesEngine e = engine(a, b);
        assertThat(e.findings().findings()).isEmpty();
        PairRelation r = e.compare(a, b);
        assertThat(r.relation()).isEqualTo(Relation.NOT_COMPARABLE);
        assertThat(r.reason()).contains("different rankings", "ranking-r1", "ranking-r2");
    }

    @Test
    void ranksInOneRankingConflict() throws Exception {
        var a = claim("001-a", "city-x", "rank", "第二", "ordinal", "ranking", "ranking-r1", "metric", "ai");
        var b = claim("002-a", "city-x", "rank", "4th", "ordinal", "ranking", "ranking-r1", "metric", "ai");
        RulesEngine e = engine(a, b);
        assertThat(e.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Relation.CONFLICT);
            assertThat(f.qualifiers()).containsEntry("ranking", "ranking-r1").containsEntry("metric", "ai");
        });
        assertThat(e.compare(a, b).relation()).isEqualTo(Relation.CONFLICT);
    }

    @Test
    void aRankNamingNoRankingIsNotTheRankInANamedOne() throws Exception {
        var a = claim("001-a", "city-x", "rank", "2", "ordinal", "ranking", "ranking-r1", "metric", "ai");
        var b = claim("002-a", "city-x", "rank", "4", "ordinal", "metric", "ai");
        RulesEngine e = engine(a, b);
        assertThat(e.findings().findings()).isEmpty();
        assertThat(e.compare(a, b).reason()).contains("one names ranking 'ranking-r1'");
    }

    @Test
    void differentDatesAndScopesAreDifferentFacts() throws Exception {
        assertThat(engine(
                claim("001-a", "city-x", "share", "5%", "percent", "asOf", "2023"),
                claim("002-a", "city-x", "share", "7%", "percent", "asOf", "2024")).findings().findings()).isEmpty();
        assertThat(engine(
                claim("001-a", "city-x", "rank", "1", "ordinal", "metric", "fdi", "scope", "sub-provincial-cities"),
                claim("002-a", "city-x", "rank", "3", "ordinal", "metric", "fdi", "scope", "national")).findings().findings()).isEmpty();
    }

    @Test
    void anUndatedFigureIsComparedWithDatedOnes() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "city-x", "share", "5%", "percent", "asOf", "2023"),
                claim("002-a", "city-x", "share", "7%", "percent", "asOf", "2024"),
                claim("003-a", "city-x", "share", "7%", "percent"));
        assertThat(of(e, Relation.AGREEMENT)).singleElement().satisfies(f -> assertThat(ids(f)).containsExactly("002-a", "003-a"));
        assertThat(of(e, Relation.CONFLICT)).singleElement().satisfies(f -> assertThat(ids(f)).containsExactly("001-a", "003-a"));
    }

    @Test
    void anUndeclaredQualifierMakesADifferentFact() throws Exception {
        assertThat(engine(
                claim("001-a", "firm-x", "model-count", "8", "item", "cohort", "first"),
                claim("002-a", "firm-x", "model-count", "9", "item", "cohort", "second")).findings().findings()).isEmpty();
    }

    @Test
    void differentDefinitionsTurnADisagreementIntoATension() throws Exception {
        var a = claim("001-a", "group-a", "zju-linked-count", "全部", "firm", "outOf", "6", "definition", "zju-genes");
        var b = claim("002-a", "group-a", "zju-linked-count", "三家", "firm", "outOf", "6", "definition", "came-out-of-zju");
        RulesEngine e = engine(a, b);
        assertThat(e.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Relation.TENSION);
            assertThat(f.severity()).isEqualTo(dev.crosscheck.shared.diagnostic.Severity.WARNING);
            assertThat(f.explanation()).contains("001 says 全部 (6 firm) under definition 'zju-genes'",
                    "002 says 三家 (3 firm) under definition 'came-out-of-zju'", "different definitions");
        });
        assertThat(e.compare(a, b).relation()).isEqualTo(Relation.TENSION);
    }

    @Test
    void differentDefinitionsWithMatchingValuesStillAgree() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "group-a", "zju-linked-count", "3", "firm", "definition", "zju-genes"),
                claim("002-a", "group-a", "zju-linked-count", "三家", "firm", "definition", "came-out-of-zju"));
        assertThat(e.findings().findings()).singleElement().extracting(Finding::kind).isEqualTo(Relation.AGREEMENT);
    }

    @Test
    void booleansConflictWhenTheyDiffer() throws Exception {
        assertThat(of(engine(
                claim("001-a", "m1", "zju-linked", true, null),
                claim("002-a", "m1", "zju-linked", false, null)), Relation.CONFLICT)).hasSize(1);
        assertThat(of(engine(
                claim("001-a", "m1", "zju-linked", true, null),
                claim("002-a", "m1", "zju-linked", "true", null)), Relation.CONFLICT)).isEmpty();
    }

    @Test
    void aPropertyWithSeveralValuesHasNoConflicts() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "firm-x", "partner", "m1", null),
                claim("002-a", "firm-x", "partner", "m2", null),
                claim("003-a", "firm-x", "partner", "m1", null));
        assertThat(e.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Relation.AGREEMENT);
            assertThat(ids(f)).containsExactly("001-a", "003-a");
        });
    }

    @Test
    void singleValuedEntitiesConflict() throws Exception {
        assertThat(of(engine(
                claim("001-a", "firm-x", "founder", "person-p", null),
                claim("002-a", "firm-x", "founder", "person-q", null)), Relation.CONFLICT)).hasSize(1);
    }

    @Test
    void freeTextIsNotCompared() throws Exception {
        RulesEngine e = engine(
                claim("001-a", "firm-x", "motto", "move fast", null),
                claim("002-a", "firm-x", "motto", "go slow", null));
        assertThat(e.findings().findings()).isEmpty();
        assertThat(e.compare(claim("001-a", "firm-x", "motto", "move fast", null), claim("002-a", "firm-x", "motto", "go slow", null))
                .reason()).contains("no rule compares motto");
    }

    @Test
    void claimsAboutDifferentSubjectsOrPropertiesAreNotComparable() throws Exception {
        RulesEngine e = engine();
        assertThat(e.compare(claim("001-a", "m1", "founded-year", 2015, null), claim("002-a", "m2", "founded-year", 2016, null)).reason())
                .startsWith("different subjects");
        assertThat(e.compare(claim("001-a", "m1", "founded-year", 2015, null), claim("002-a", "m1", "launch-date", "2016-01-01", null))
                .reason()).startsWith("different properties");
    }
}
