package dev.crosscheck.rules;

import dev.crosscheck.claim.Claim;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.crosscheck.rules.RulesFixture.byRule;
import static dev.crosscheck.rules.RulesFixture.claim;
import static dev.crosscheck.rules.RulesFixture.engine;
import static dev.crosscheck.rules.RulesFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

class SetCountRuleTest {

    private static final String RULE = "count-vs-members";

    private static List<Claim> six(Claim... more) {
        List<Claim> out = new ArrayList<>();
        out.add(claim("000-members", "group-a", "members", List.of("m1", "m2", "m3", "m4", "m5", "m6"), null));
        out.addAll(List.of(more));
        return out;
    }

    private static List<Finding> findings(List<Claim> claims) throws Exception {
        return byRule(engine(claims.toArray(Claim[]::new)), RULE).toList();
    }

    @Test
    void aMajorityWithOneMemberKnownNotToHaveItIsATension() throws Exception {
        List<Finding> f = findings(six(
                claim("003-count", "group-a", "locally-incubated-count", "过半", "firm", "outOf", "6"),
                claim("001-m2", "m2", "origin", "incubated-locally", null),
                claim("002-m4", "m4", "origin", "introduced-from-outside", null)));
        assertThat(f).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Relation.TENSION);
            assertThat(t.property()).isEqualTo("locally-incubated-count");
            assertThat(ids(t)).containsExactly("002-m4", "003-count");
            assertThat(t.explanation()).contains("003 says 过半 ([4, 6] firm) of the 6 members of Group a",
                    "002 says M4: introduced-from-outside", "Still possible (up to 5 of 6 remain), but pulling the other way");
        });
    }

    @Test
    void tooManyMembersWithoutTheValueMakeTheCountImpossible() throws Exception {
        List<Finding> f = findings(six(
                claim("003-count", "group-a", "locally-incubated-count", "过半", "firm", "outOf", "6"),
                claim("002-m1", "m1", "origin", "introduced-from-outside", null),
                claim("002-m2", "m2", "origin", "introduced-from-outside", null),
                claim("004-m3", "m3", "origin", "introduced-from-outside", null)));
        assertThat(f).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Relation.CONFLICT);
            assertThat(c.explanation()).contains("so at most 3 can, fewer than the 4 it claims");
        });
    }

    @Test
    void tooManyMembersWithTheValueExceedTheCount() throws Exception {
        List<Finding> f = findings(six(
                claim("002-count", "group-a", "zju-linked-count", "三家", "firm", "outOf", "6"),
                claim("004-m1", "m1", "zju-linked", true, null),
                claim("004-m2", "m2", "zju-linked", true, null),
                claim("004-m3", "m3", "zju-linked", true, null),
                claim("001-m4", "m4", "zju-linked", true, null)));
        assertThat(f).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Relation.CONFLICT);
            assertThat(c.explanation()).contains("4 already do", "more than the at most 3 it allows");
        });
    }

    @Test
    void allMembersClaimedButOneKnownNotToBeIsAConflict() throws Exception {
        assertThat(findings(six(
                claim("001-count", "group-a", "zju-linked-count", "全部", "firm", "outOf", "6"),
                claim("004-m5", "m5", "zju-linked", false, null))))
                .singleElement().extracting(Finding::kind).isEqualTo(Relation.CONFLICT);
    }

    @Test
    void underAnotherDefinitionTheImpossibleCountIsOnlyATension() throws Exception {
        List<Finding> f = findings(six(
                claim("001-count", "group-a", "zju-linked-count", "全部", "firm", "outOf", "6", "definition", "zju-genes"),
                claim("004-m5", "m5", "zju-linked", false, null, "definition", "came-out-of-zju")));
        assertThat(f).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Relation.TENSION);
            assertThat(t.explanation()).contains("different definitions");
        });
    }

    @Test
    void membersThatPinTheCountAgree() throws Exception {
        List<Finding> f = findings(six(
                claim("002-count", "group-a", "zju-linked-count", "一半", "firm", "outOf", "6"),
                claim("004-m1", "m1", "zju-linked", true, null),
                claim("004-m2", "m2", "zju-linked", true, null),
                claim("004-m3", "m3", "zju-linked", true, null),
                claim("001-m4", "m4", "zju-linked", false, null),
                claim("001-m5", "m5", "zju-linked", false, null),
                claim("001-m6", "m6", "zju-linked", false, null)));
        assertThat(f).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Relation.AGREEMENT);
            assertThat(a.claims()).hasSize(7);
            assertThat(a.explanation()).contains("3 do and 3 do not");
        });
    }

    @Test
    void consistentMemberClaimsThatDecideNothingGiveNoFinding() throws Exception {
        assertThat(findings(six(
                claim("002-count", "group-a", "zju-linked-count", "三家", "firm", "outOf", "6"),
                claim("004-m1", "m1", "zju-linked", true, null),
                claim("004-m2", "m2", "zju-linked", false, null)))).isEmpty();
    }

    @Test
    void aMinorityIllustratedByAMemberIsNoTension() throws Exception {
        assertThat(findings(six(
                claim("004-count", "group-a", "non-local-founder-count", "1", "firm", "outOf", "6"),
                claim("002-m4", "m4", "origin", "introduced-from-outside", null)))).isEmpty();
    }

    @Test
    void claimsAboutNonMembersOrOtherDatesDoNotCount() throws Exception {
        assertThat(findings(six(
                claim("001-count", "group-a", "zju-linked-count", "全部", "firm", "outOf", "6", "asOf", "2024"),
                claim("004-m7", "m7", "zju-linked", false, null),
                claim("004-m1", "m1", "zju-linked", false, null, "asOf", "2020")))).isEmpty();
    }

    @Test
    void withoutAMemberListNothingIsAttributed() throws Exception {
        assertThat(byRule(engine(
                claim("001-count", "group-a", "zju-linked-count", "全部", "firm", "outOf", "6"),
                claim("004-m1", "m1", "zju-linked", false, null)), RULE)).isEmpty();
    }

    @Test
    void compareRelatesACountToOneMemberClaim() throws Exception {
        Claim count = claim("003-count", "group-a", "locally-incubated-count", "过半", "firm", "outOf", "6");
        RulesEngine e = engine(six(count).toArray(Claim[]::new));
        PairRelation against = e.compare(count, claim("002-m4", "m4", "origin", "introduced-from-outside", null));
        assertThat(against.relation()).isEqualTo(Relation.TENSION);
        assertThat(against.ruleId()).isEqualTo(RULE);
        assertThat(e.compare(claim("001-m2", "m2", "origin", "incubated-locally", null), count).relation()).isEqualTo(Relation.AGREEMENT);
        PairRelation outsider = e.compare(count, claim("001-m7", "m7", "origin", "incubated-locally", null));
        assertThat(outsider.relation()).isEqualTo(Relation.NOT_COMPARABLE);
        assertThat(outsider.reason()).contains("M7 is not listed as a member of Group a");
    }

    @Test
    void aMemberWhoseClaimsDisagreeCountsNeitherWay() throws Exception {
        assertThat(findings(six(
                claim("001-count", "group-a", "zju-linked-count", "全部", "firm", "outOf", "6"),
                claim("004-m1", "m1", "zju-linked", false, null),
                claim("002-m1", "m1", "zju-linked", true, null)))).isEmpty();
    }
}
