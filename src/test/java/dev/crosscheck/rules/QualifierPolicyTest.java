package dev.crosscheck.rules;

import dev.crosscheck.rules.QualifierPolicy.Kind;
import dev.crosscheck.rules.QualifierPolicy.Qualifier;
import dev.crosscheck.rules.QualifierPolicy.ValueMatch;
import dev.crosscheck.rules.QualifierPolicy.Values;
import dev.crosscheck.rules.QualifierPolicy.WhenMissing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one comparison of qualifier values, and what the rules engine makes of it. */
class QualifierPolicyTest {

    private final QualifierPolicy policy = new QualifierPolicy(List.of(
            new Qualifier("asOf", Kind.HARD, WhenMissing.WILDCARD, "dates", true, null, Map.of(), Values.DATE),
            new Qualifier("ranking", Kind.HARD, WhenMissing.DISTINCT, "rankings")), Kind.HARD, WhenMissing.DISTINCT);

    @Test
    void aCoarserDateContainsTheFinerOnesWithinItOnlyForDateKeys() {
        assertThat(policy.match("asOf", "2024", "2024-12")).isEqualTo(ValueMatch.CONTAINS);
        assertThat(policy.match("asOf", "2024-12-31", "2024-12")).isEqualTo(ValueMatch.CONTAINED);
        assertThat(policy.match("asOf", " 2024 ", "2024")).isEqualTo(ValueMatch.EQUAL);
        assertThat(policy.match("asOf", "2024", "2025-01")).isEqualTo(ValueMatch.DIFFERENT);
        // "20" is not a date containing 2024: precision steps are whole fields.
        assertThat(policy.match("asOf", "20", "2024")).isEqualTo(ValueMatch.DIFFERENT);
        // Labels never nest, however they are spelled.
        assertThat(policy.match("ranking", "city", "city-2024")).isEqualTo(ValueMatch.DIFFERENT);
    }

    @Test
    void claimsAreOneFactOnlyAtEqualDates() {
        assertThat(policy.relate(Map.of("asOf", "2024"), Map.of("asOf", "2024")).comparable()).isTrue();
        assertThat(policy.relate(Map.of("asOf", "2024"), Map.of("asOf", "2024-12")).notComparableReason())
                .isEqualTo("different dates ('2024' vs '2024-12')");
    }
}
