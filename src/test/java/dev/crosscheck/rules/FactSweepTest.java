package dev.crosscheck.rules;

import dev.crosscheck.claim.Claim;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.crosscheck.rules.RulesFixture.catalog;
import static dev.crosscheck.rules.RulesFixture.claim;
import static dev.crosscheck.rules.RulesFixture.ids;
import static dev.crosscheck.rules.RulesFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep must find what comparing every pair finds: the same findings (kind, rule, subject,
 * property, shared qualifiers and claims, hence the same ids). Facts here are random and large,
 * with hedged and open figures, other units, values exactly at the tolerance, qualifier sets that
 * are wildcards, other definitions or other facts, several-valued properties and unordered values.
 */
class FactSweepTest {

    /** What a finding says apart from its wording, which differs by design. */
    private record Essence(String id, Relation kind, String rule, String subject, String property, Object qualifiers, List<String> claims) {
        static Essence of(Finding f) {
            return new Essence(f.id(), f.kind(), f.ruleId(), f.subject(), f.property(), f.qualifiers(), ids(f));
        }
    }

    @Test
    void sweepingFindsWhatComparingEveryPairFinds() throws Exception {
        Random random = new Random(11);
        int compared = 0;
        for (int round = 0; round < 300; round++) {
            List<Claim> claims = randomFacts(random, round);
            RulesEngine swept = new RulesEngine(rules(), catalog(), true);
            RulesEngine paired = new RulesEngine(rules(), catalog(), false);
            swept.evaluateAll(claims);
            paired.evaluateAll(claims);
            List<Essence> expected = paired.findings().findings().stream().map(Essence::of).toList();
            assertThat(swept.findings().findings().stream().map(Essence::of).toList()).as("round %d", round).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).as("findings compared").isGreaterThan(1_000);
    }

    @Test
    void aLargeFactNamesSomeClaimsAndPairsAndCountsTheRest() throws Exception {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            claims.add(claim(String.format("%03d-a", i), "firm-x", "revenue", Integer.toString(i % 2 == 0 ? 1000 : 2000), "usd"));
        }
        RulesEngine e = new RulesEngine(rules(), catalog());
        e.evaluateAll(claims);
        Finding conflict = RulesFixture.of(e, Relation.CONFLICT).get(0);
        assertThat(conflict.claims()).hasSize(40);
        assertThat(conflict.explanation()).contains("000 says 1000", "001 says 2000", "and 30 more claims", "do not overlap")
                .doesNotContain("010 says");
        assertThat(RulesFixture.of(e, Relation.AGREEMENT)).hasSize(2)
                .allSatisfy(f -> assertThat(f.explanation()).contains("and 10 more claims"));
    }

    /** A few facts of one subject, each of many claims, drawn to hit the sweep's edges. */
    private static List<Claim> randomFacts(Random random, int round) {
        List<Claim> out = new ArrayList<>();
        String[][] properties = {
                {"revenue", "usd"}, {"revenue", "thousand-usd"}, {"share", "percent"}, {"founded-year", null}, {"rank", "ordinal"},
                {"origin", null}, {"partner", null}, {"founder", null}, {"motto", null}, {"model-count", "item"}};
        int facts = 1 + random.nextInt(3);
        for (int f = 0; f < facts; f++) {
            String[] p = properties[random.nextInt(properties.length)];
            int n = 2 + random.nextInt(round % 10 == 0 ? 200 : 30);
            double base = 1000 + random.nextInt(50);
            int mode = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                String id = String.format("%03d-f%d-%d", random.nextInt(12), f, i);
                out.add(claim(id, "firm-x", p[0], value(p[0], p[1], base, random), unitFor(p[0], p[1], random), qualifiers(mode, random)));
            }
        }
        return out;
    }

    private static String unitFor(String property, String unit, Random random) {
        return property.equals("revenue") && random.nextInt(4) == 0 ? "thousand-usd" : unit;
    }

    private static Object value(String property, String unit, double base, Random random) {
        return switch (property) {
            case "origin" -> random.nextInt(3) == 0 ? "introduced-from-outside" : "incubated-locally";
            case "partner", "founder" -> random.nextInt(3) == 0 ? "person-p" : "person-q";
            case "motto" -> random.nextInt(3) == 0 ? "Onward" : random.nextBoolean() ? "ONWARD" : "Upward";
            case "founded-year" -> 2010 + random.nextInt(3);
            case "rank" -> 1 + random.nextInt(3);
            case "share" -> (random.nextInt(40) / 2.0) + "%";
            default -> figure(random.nextInt(5) == 0 ? base * 1.8 : base, random);
        };
    }

    /** A figure written plainly, exactly at the tolerance, hedged or as an open bound. */
    private static String figure(double v, Random random) {
        long x = Math.round(v);
        return switch (random.nextInt(6)) {
            case 0 -> "超过" + x;
            case 1 -> "约" + x;
            case 2 -> "不超过" + x;
            case 3 -> Long.toString(Math.round(v * 1.005));
            default -> Long.toString(x + random.nextInt(12));
        };
    }

    /**
     * By the fact's mode: none; a date some claims give (a wildcard: still one fact); definitions
     * that differ (one fact, in tension); or two dates (two facts mixed, which only pairs can sort).
     */
    private static String[] qualifiers(int mode, Random random) {
        int x = random.nextInt(4);
        return switch (mode) {
            case 1 -> x == 0 ? new String[]{"asOf", "2024"} : x == 1 ? new String[]{"scope", "national"} : new String[0];
            case 2 -> x == 0 ? new String[]{"definition", "narrow"} : x == 1 ? new String[]{"definition", "broad"} : new String[0];
            case 3 -> x == 0 ? new String[]{"asOf", "2024"} : x == 1 ? new String[]{"asOf", "2023"} : new String[0];
            default -> new String[0];
        };
    }
}
