package dev.crosscheck.rules.bench;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.Interval;
import dev.crosscheck.source.anchor.Anchor;
import dev.crosscheck.source.anchor.TextPositionSelector;
import dev.crosscheck.source.anchor.TextQuoteSelector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Synthetic claims for the rules benchmark and the incremental-update test: facts of every
 * datatype stated by 1 to 8 sources (mostly 1 to 3), hedged figures, other units, dated and
 * undated figures, ranks in several rankings, counts under different definitions, and sets with
 * member lists, counts over them and member facts. About 5% of the claims that have a fellow
 * claim about their fact contradict it.
 *
 * <p>Values are built directly as normalised values: the benchmark measures the rules engine,
 * not the number parser. Property ids are those {@code claims/rules.yaml} names plus generic ones.
 */
public final class SyntheticClaims {

    /** Claims about one fact: weights of group sizes 1..8. */
    private static final int[] GROUP_SIZE_WEIGHTS = {30, 25, 18, 10, 7, 5, 3, 2};
    private static final double CONFLICT_RATE = 0.05;
    private static final int SOURCES = 50;
    /** Property slots per subject: groups of one subject use different properties. */
    private static final int SLOTS = 10;
    /** Every SET_EVERY-th group is a set with its members, counts and member facts. */
    private static final int SET_EVERY = 40;

    private static final List<PropertyDef> PLAIN = List.of(
            p("count-0", Datatype.COUNT, "item", 0, true),
            p("count-1", Datatype.COUNT, "item", 0, true),
            p("count-2", Datatype.COUNT, "person", 0, true),
            p("quantity-0", Datatype.QUANTITY, "mps", 0.005, true),
            p("money-0", Datatype.MONEY, "usd", 0.005, true),
            p("money-1", Datatype.MONEY, "usd", 0.005, true),
            p("percent-0", Datatype.PERCENT, "percent", 0.005, true),
            p("rank", Datatype.RANK, "ordinal", 0, true),
            p("year-0", Datatype.YEAR, null, 0, true),
            p("date-0", Datatype.DATE, null, 0, true),
            p("entity-0", Datatype.ENTITY, null, 0, true),
            p("entity-multi", Datatype.ENTITY, null, 0, false),
            p("boolean-0", Datatype.BOOLEAN, null, 0, true),
            new PropertyDef("origin", Map.of("en", "origin"), Datatype.CATEGORY, null, true, 0,
                    List.of("incubated-locally", "introduced-from-outside"), null, Map.of()));
    private static final List<PropertyDef> SETS = List.of(
            p("members", Datatype.ENTITY_SET, null, 0, true),
            p("member-count", Datatype.COUNT, "item", 0, true),
            agg("locally-incubated-count", "origin", "incubated-locally"),
            agg("non-local-founder-count", "origin", "introduced-from-outside"),
            p("zju-linked", Datatype.BOOLEAN, null, 0, true),
            agg("zju-linked-count", "zju-linked", "true"));

    private static final String QUOTE = "synthetic quote";
    private static final Anchor ANCHOR = new Anchor(new TextQuoteSelector(QUOTE, "", ""), new TextPositionSelector(0, QUOTE.length()));

    private final Random random;
    private final List<Claim> out = new ArrayList<>();
    private final String[] sources = new String[SOURCES];
    /** Equal small qualifier maps are shared, as a store would intern them. */
    private final Map<String, Map<String, String>> qualifierPool = new HashMap<>();

    private SyntheticClaims(long seed) {
        random = new Random(seed);
        for (int i = 0; i < SOURCES; i++) {
            sources[i] = String.format("s%02d", i);
        }
    }

    public static Catalog catalog() {
        List<UnitDef> units = List.of(
                new UnitDef("item", "count", 1, Map.of()), new UnitDef("person", "count", 1, Map.of()),
                new UnitDef("mps", "speed", 1, Map.of()), new UnitDef("usd", "money-usd", 1, Map.of()),
                new UnitDef("thousand-usd", "money-usd", 1000, Map.of()), new UnitDef("percent", "percent", 1, Map.of()),
                new UnitDef("ordinal", "rank", 1, Map.of()));
        List<PropertyDef> properties = new ArrayList<>(PLAIN);
        properties.addAll(SETS);
        return new Catalog(List.of(), units, properties);
    }

    /** Exactly {@code n} claims, the same for the same seed. */
    public static List<Claim> generate(int n, long seed) {
        SyntheticClaims g = new SyntheticClaims(seed);
        for (int group = 0; g.out.size() < n; group++) {
            if (group % SET_EVERY == SET_EVERY - 1) {
                g.set(group);
            } else {
                g.fact(group);
            }
        }
        return List.copyOf(g.out.subList(0, n));
    }

    /** The claim with another value: a reviewer correcting a figure, or a source changing its story. */
    public static Claim revised(Claim c, long seed) {
        Random r = new Random(seed);
        ClaimValue v = c.normalized() instanceof ClaimValue.Numeric x
                ? new ClaimValue.Numeric(x.interval().scale(r.nextBoolean() ? 1 : 2), x.unit(), x.dimension())
                : c.normalized() instanceof ClaimValue.Bool b ? new ClaimValue.Bool(!b.value())
                : c.normalized() instanceof ClaimValue.Category k && k.value().equals("incubated-locally")
                ? new ClaimValue.Category("introduced-from-outside") : c.normalized();
        return new Claim(c.id(), c.subject(), c.property(), v.describe(), c.unit(), c.qualifiers(), c.source(), c.quote(), c.anchor(), v,
                null);
    }

    private void fact(int group) {
        String subject = "x" + group / SLOTS;
        PropertyDef p = PLAIN.get((group % SLOTS + group / SLOTS) % PLAIN.size());
        int size = groupSize();
        Map<String, String> q = qualifiers(p);
        double base = base(p);
        for (int i = 0; i < size; i++) {
            boolean conflict = size > 1 && i > 0 && random.nextDouble() < CONFLICT_RATE;
            Map<String, String> own = q;
            if (p.datatype() == Datatype.RANK && random.nextDouble() < 0.15) {
                own = pooled("ranking", "r" + random.nextInt(5), "metric", q.get("metric"));
            } else if (q.containsKey("asOf") && random.nextDouble() < 0.1) {
                own = Map.of();
            } else if (q.containsKey("definition")) {
                own = pooled("definition", "d" + random.nextInt(2));
            }
            add(subject, p, value(p, base, conflict), own);
        }
    }

    private void set(int group) {
        String set = "set" + group;
        TreeSet<String> members = new TreeSet<>();
        for (int m = 0; m < 6; m++) {
            members.add(set + "-m" + m);
        }
        int lists = 1 + random.nextInt(3);
        for (int i = 0; i < lists; i++) {
            TreeSet<String> listed = new TreeSet<>(members);
            if (random.nextDouble() < CONFLICT_RATE) {
                listed.remove(listed.first());
            }
            add(set, prop("members"), new ClaimValue.EntitySet(listed), Map.of());
        }
        Map<String, String> outOf = pooled("outOf", "6");
        add(set, prop("member-count"), numeric(Interval.exact(6), "item", "count"), Map.of());
        add(set, prop("locally-incubated-count"), numeric(new Interval(4, 6), "item", "count"), outOf);
        if (random.nextBoolean()) {
            add(set, prop("non-local-founder-count"), numeric(new Interval(random.nextInt(5), 6), "item", "count"), outOf);
        }
        add(set, prop("zju-linked-count"), numeric(Interval.exact(3), "item", "count"), outOf);
        for (String m : members) {
            if (random.nextDouble() < 0.4) {
                add(m, prop("origin"), new ClaimValue.Category(random.nextDouble() < 0.8 ? "incubated-locally" : "introduced-from-outside"),
                        Map.of());
            }
            if (random.nextDouble() < 0.3) {
                add(m, prop("zju-linked"), new ClaimValue.Bool(random.nextBoolean()), Map.of());
            }
        }
    }

    private int groupSize() {
        int total = 0;
        for (int w : GROUP_SIZE_WEIGHTS) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < GROUP_SIZE_WEIGHTS.length; i++) {
            x -= GROUP_SIZE_WEIGHTS[i];
            if (x < 0) {
                return i + 1;
            }
        }
        return 1;
    }

    private Map<String, String> qualifiers(PropertyDef p) {
        if (p.datatype() == Datatype.RANK) {
            return pooled("ranking", "r" + random.nextInt(5), "metric", "m" + random.nextInt(3));
        }
        double x = random.nextDouble();
        if (p.datatype().isNumeric() && x < 0.25) {
            return pooled("asOf", Integer.toString(2015 + random.nextInt(10)));
        }
        if (p.datatype() == Datatype.COUNT && x < 0.30) {
            return pooled("definition", "d0");
        }
        if (x < 0.35) {
            return pooled("scope", random.nextBoolean() ? "national" : "provincial");
        }
        return Map.of();
    }

    private double base(PropertyDef p) {
        return switch (p.datatype()) {
            case RANK -> 1 + random.nextInt(50);
            case YEAR -> 1990 + random.nextInt(35);
            case PERCENT -> random.nextInt(1000) / 10.0;
            default -> 1 + random.nextInt(1_000_000);
        };
    }

    /** A value for the fact: the base value written plainly, hedged or in another unit; or a contradicting one. */
    private ClaimValue value(PropertyDef p, double base, boolean conflict) {
        double v = conflict ? base * (1.5 + random.nextDouble()) + 1 : base;
        return switch (p.datatype()) {
            case COUNT, QUANTITY, MONEY, PERCENT -> figure(p, p.datatype() == Datatype.COUNT ? Math.rint(v) : v);
            case RANK, YEAR -> numeric(Interval.exact(conflict ? base + 1 + random.nextInt(3) : base), p.unit(),
                    p.datatype() == Datatype.RANK ? "rank" : p.id());
            case DATE -> new ClaimValue.Text(String.format("20%02d-%02d-%02d", (int) base % 25, 1 + (int) base % 12,
                    conflict ? 28 : 1 + (int) base % 27));
            case BOOLEAN -> new ClaimValue.Bool(((long) base % 2 == 0) != conflict);
            case CATEGORY -> new ClaimValue.Category(((long) base % 2 == 0) != conflict ? "incubated-locally" : "introduced-from-outside");
            default -> new ClaimValue.EntityRef("e" + (conflict ? (long) base + 1 : (long) base));
        };
    }

    private ClaimValue figure(PropertyDef p, double v) {
        String dimension = switch (p.datatype()) {
            case COUNT -> "count";
            case PERCENT -> "percent";
            case MONEY -> "money-usd";
            default -> "speed";
        };
        double x = random.nextDouble();
        if (x < 0.1) {
            return numeric(Interval.atLeast(Math.floor(v * 0.95)), p.unit(), dimension);
        }
        if (x < 0.2) {
            return numeric(new Interval(v * 0.9, v * 1.1), p.unit(), dimension);
        }
        if (x < 0.3 && p.datatype() == Datatype.MONEY) {
            return numeric(Interval.exact(v), "thousand-usd", dimension);
        }
        return numeric(Interval.exact(v), p.unit(), dimension);
    }

    private static ClaimValue numeric(Interval iv, String unit, String dimension) {
        return new ClaimValue.Numeric(iv, unit, dimension);
    }

    private void add(String subject, PropertyDef p, ClaimValue v, Map<String, String> q) {
        String id = "c" + out.size();
        String unit = v instanceof ClaimValue.Numeric n ? n.unit() : null;
        out.add(new Claim(id, subject, p.id(), v.describe(), unit, q, sources[random.nextInt(SOURCES)], QUOTE, ANCHOR, v, null));
    }

    private Map<String, String> pooled(String... kv) {
        return qualifierPool.computeIfAbsent(String.join("\u0001", kv), k -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i + 1 < kv.length; i += 2) {
                m.put(kv[i], kv[i + 1]);
            }
            return Collections.unmodifiableMap(m);
        });
    }

    private static PropertyDef prop(String id) {
        return SETS.stream().filter(p -> p.id().equals(id)).findFirst()
                .or(() -> PLAIN.stream().filter(p -> p.id().equals(id)).findFirst()).orElseThrow();
    }

    private static PropertyDef p(String id, Datatype dt, String unit, double tolerance, boolean single) {
        return new PropertyDef(id, Map.of("en", id), dt, unit, single, tolerance, List.of(), null, Map.of());
    }

    private static PropertyDef agg(String id, String property, String value) {
        return new PropertyDef(id, Map.of("en", id), Datatype.COUNT, "item", true, 0, List.of(),
                new PropertyDef.Aggregates(property, value), Map.of());
    }
}
