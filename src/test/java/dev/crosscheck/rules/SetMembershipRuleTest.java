package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.crosscheck.rules.RulesFixture.claim;
import static dev.crosscheck.rules.RulesFixture.engine;
import static dev.crosscheck.rules.RulesFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

class SetMembershipRuleTest {

    private static final List<String> SIX = List.of("m1", "m2", "m3", "m4", "m5", "m6");

    @Test
    void theSameMembersInAnyOrderAgree() throws Exception {
        RulesEngine e = engine(
                claim("000-a", "group-a", "members", SIX, null),
                claim("002-a", "group-a", "members", List.of("m6", "m5", "m4", "m3", "m2", "m1"), null),
                claim("004-a", "group-a", "members", List.of("m3", "m1", "m2", "m6", "m4", "m5"), null));
        assertThat(e.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Relation.AGREEMENT);
            assertThat(f.ruleId()).isEqualTo("set-members");
            assertThat(ids(f)).containsExactly("000-a", "002-a", "004-a");
            assertThat(f.explanation()).contains("Sources 000, 002 and 004 agree", "004 says m1, m2, m3, m4, m5, m6");
        });
    }

    @Test
    void aListNamingOnlySomeMembersIsATension() throws Exception {
        RulesEngine e = engine(
                claim("000-a", "group-a", "members", SIX, null),
                claim("002-a", "group-a", "members", List.of("m1", "m2", "m3"), null));
        assertThat(e.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Relation.TENSION);
            assertThat(f.explanation()).contains("002 names only part of the members 000 lists", "m4, m5, m6");
        });
    }

    @Test
    void listsThatEachNameOtherMembersConflict() throws Exception {
        RulesEngine e = engine(
                claim("000-a", "group-a", "members", SIX, null),
                claim("002-a", "group-a", "members", List.of("m1", "m2", "m3", "m4", "m5", "m7"), null));
        assertThat(e.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Relation.CONFLICT);
            assertThat(f.explanation()).contains("only in the first [m6]", "only in the second [m7]");
        });
    }

    @Test
    void membersOfDifferentSetsAreNotCompared() throws Exception {
        assertThat(engine(
                claim("000-a", "group-a", "members", SIX, null),
                claim("002-a", "group-b", "members", List.of("m7"), null)).findings().findings()).isEmpty();
    }

    @Test
    void aListIsCheckedAgainstTheClaimedSize() throws Exception {
        RulesEngine agree = engine(
                claim("000-a", "group-a", "members", SIX, null),
                claim("002-a", "group-a", "member-count", "六家", "firm"));
        assertThat(agree.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Relation.AGREEMENT);
            assertThat(f.explanation()).contains("000 lists 6 members and 002 gives member count 6");
        });
        RulesEngine conflict = engine(
                claim("000-a", "group-a", "members", SIX, null),
                claim("002-a", "group-a", "member-count", "五家", "firm"));
        assertThat(conflict.findings().findings()).singleElement().extracting(Finding::kind).isEqualTo(Relation.CONFLICT);
        assertThat(conflict.compare(claim("002-a", "group-a", "member-count", "五家", "firm"), claim("000-a", "group-a", "members", SIX, null))
                .relation()).isEqualTo(Relation.CONFLICT);
    }
}
