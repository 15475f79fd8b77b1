package dev.crosscheck.rules;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.Interval;
import dev.crosscheck.claim.value.ValueComparator;
import dev.crosscheck.claim.value.ValueNormalizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code set-count}: a count over a set ("more than half of the members were founded here") is
 * checked against what is claimed about the members themselves. The count's property says what
 * it counts ({@code aggregates}: a member property and value); the members are everything the
 * set's membership claims list.
 * <ul>
 *   <li>CONFLICT when members already known to have the value outnumber the count's upper bound,
 *       or members known not to have it leave too few for its lower bound;</li>
 *   <li>TENSION when that happens only through claims under another definition, or when a
 *       majority is claimed and members are known not to have the value: still possible, but
 *       pulling the other way;</li>
 *   <li>AGREEMENT when the members' own claims pin the count inside its interval.</li>
 * </ul>
 * A member is known not to have the value when its claim excludes it: a boolean of the other
 * truth value, or a category declared exclusive of it. Counts against each other are the
 * single-valued rule's business.
 *
 * <p>Parameters: {@code membership}, the set property whose claims list the members.
 */
final class SetCountKind implements RuleKind {

    private final RuleSpec spec;
    private final String membership;

    /** A member's own claims about the counted property: some say it has the value, some that it does not. */
    private record Member(String id, List<Claim> has, List<Claim> hasNot, boolean hasHard, boolean hasNotHard) {
    }

    private record Outcome(Relation relation, List<Claim> evidence, String explanation) {
    }

    private SetCountKind(RuleSpec spec, String membership) {
        this.spec = spec;
        this.membership = membership;
    }

    static RuleKind parse(RuleParams params) {
        return new SetCountKind(params.spec(), params.string("membership", true));
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public void groups(Claim claim, PropertyDef property, RuleContext ctx, Consumer<GroupKey> out) {
        if (claim.property().equals(membership) || counts(property)) {
            out.accept(new GroupKey(claim.subject(), null));
        } else if (!ctx.countsAggregating(claim.property()).isEmpty()) {
            for (String set : ctx.index().containers(membership, claim.subject())) {
                out.accept(new GroupKey(set, null));
            }
        }
    }

    private static boolean counts(PropertyDef p) {
        return p != null && p.datatype() == Datatype.COUNT && p.aggregates() != null;
    }

    @Override
    public void evaluate(GroupKey group, RuleContext ctx, Consumer<Finding> out) {
        Set<String> members = ctx.members(membership, group.subject());
        if (members.isEmpty()) {
            return;
        }
        for (PropertyDef count : ctx.aggregatingCounts()) {
            List<Claim> countClaims = ctx.index().claims(group.subject(), count.id());
            if (countClaims.isEmpty()) {
                continue;
            }
            List<Claim> memberClaims = new ArrayList<>();
            for (String m : members) {
                memberClaims.addAll(ctx.index().claims(m, count.aggregates().property()));
            }
            memberClaims.sort(java.util.Comparator.comparing(Claim::id));
            for (Claim c : countClaims) {
                assess(c, count, members.size(), classify(c, count, memberClaims, ctx), ctx)
                        .ifPresent(o -> out.accept(ctx.finding(spec, o.relation(), group.subject(), count.id(),
                                concat(c, o.evidence()), o.explanation())));
            }
        }
    }

    @Override
    public Optional<PairRelation> compare(Claim a, Claim b, RuleContext ctx) {
        PropertyDef pa = ctx.property(a.property());
        PropertyDef pb = ctx.property(b.property());
        boolean aCounts = counts(pa) && pa.aggregates().property().equals(b.property());
        if (!aCounts && !(counts(pb) && pb.aggregates().property().equals(a.property()))) {
            return Optional.empty();
        }
        Claim count = aCounts ? a : b;
        Claim member = aCounts ? b : a;
        PropertyDef countProperty = aCounts ? pa : pb;
        Set<String> members = ctx.members(membership, count.subject());
        if (!members.contains(member.subject())) {
            return Optional.of(relation(Relation.NOT_COMPARABLE, ctx.entityName(member.subject()) + " is not listed as a member of "
                    + ctx.entityName(count.subject())));
        }
        List<Member> evidence = classify(count, countProperty, List.of(member), ctx);
        if (evidence.isEmpty()) {
            QualifierPolicy.Comparability q = ctx.qualifiers().relate(count.qualifiers(), member.qualifiers());
            return Optional.of(relation(Relation.NOT_COMPARABLE, q.comparable()
                    ? ctx.saysAbout(member) + ", which neither is nor excludes " + counted(countProperty, ctx)
                    : "not the same fact: " + q.notComparableReason()));
        }
        return Optional.of(assess(count, countProperty, members.size(), evidence, ctx)
                .map(o -> relation(o.relation(), o.explanation()))
                .orElseGet(() -> relation(Relation.AGREEMENT, ctx.saysAbout(member) + ", which is consistent with "
                        + head(count, countProperty, members.size(), ctx))));
    }

    private PairRelation relation(Relation r, String reason) {
        return new PairRelation(r, reason, spec.id());
    }

    /** Sorts the member claims that bear on a count by member: for it, against it, or neither (left out). */
    private static List<Member> classify(Claim count, PropertyDef countProperty, List<Claim> memberClaims, RuleContext ctx) {
        PropertyDef counted = ctx.property(countProperty.aggregates().property());
        ValueNormalizer.Result expected = counted == null ? null
                : ValueNormalizer.normalize(counted, countProperty.aggregates().value(), null, Map.of(), ctx.catalog());
        if (expected == null || !expected.ok()) {
            return List.of();
        }
        Map<String, Member> bySubject = new LinkedHashMap<>();
        for (Claim m : memberClaims) {
            QualifierPolicy.Comparability q = ctx.qualifiers().relate(count.qualifiers(), m.qualifiers());
            if (!q.comparable()) {
                continue;
            }
            boolean has = ValueComparator.compare(counted, m.normalized(), expected.value()).outcome() == ValueComparator.Outcome.MATCH;
            if (!has && !ctx.excludes(counted, m.normalized(), expected.value())) {
                continue;
            }
            Member prev = bySubject.getOrDefault(m.subject(), new Member(m.subject(), List.of(), List.of(), false, false));
            bySubject.put(m.subject(), has
                    ? new Member(prev.id(), plus(prev.has(), m), prev.hasNot(), prev.hasHard() || !q.soft(), prev.hasNotHard())
                    : new Member(prev.id(), prev.has(), plus(prev.hasNot(), m), prev.hasHard(), prev.hasNotHard() || !q.soft()));
        }
        // A member whose own claims disagree counts neither way; the single-valued rules report that.
        return bySubject.values().stream().filter(m -> m.has().isEmpty() || m.hasNot().isEmpty()).toList();
    }

    private Optional<Outcome> assess(Claim count, PropertyDef countProperty, int size, List<Member> members, RuleContext ctx) {
        if (!(count.normalized() instanceof ClaimValue.Numeric n)) {
            return Optional.empty();
        }
        double lo = n.interval().low();
        double hi = n.interval().high();
        List<Member> has = members.stream().filter(m -> !m.has().isEmpty()).toList();
        List<Member> hasNot = members.stream().filter(m -> !m.hasNot().isEmpty()).toList();
        List<Member> hasHard = has.stream().filter(Member::hasHard).toList();
        List<Member> hasNotHard = hasNot.stream().filter(Member::hasNotHard).toList();
        String head = head(count, countProperty, size, ctx);
        String softNote = " The claims use different definitions, so this is a tension rather than a contradiction.";
        if (hasHard.size() > hi) {
            return outcome(Relation.CONFLICT, hasHard, tooMany(head, hasHard, hi, ctx));
        }
        if (size - hasNotHard.size() < lo) {
            return outcome(Relation.CONFLICT, hasNotHard, tooFew(head, hasNotHard, size, lo, ctx));
        }
        if (has.size() > hi) {
            return outcome(Relation.TENSION, has, tooMany(head, has, hi, ctx) + softNote);
        }
        if (size - hasNot.size() < lo) {
            return outcome(Relation.TENSION, hasNot, tooFew(head, hasNot, size, lo, ctx) + softNote);
        }
        // A majority with known exceptions. A minority illustrated by members that have the value
        // is not the mirror image: examples of the few are how such counts are usually written.
        if (lo > size / 2.0 && !hasNot.isEmpty()) {
            return outcome(Relation.TENSION, hasNot, head + "; but " + list(hasNot, false, ctx) + ". Still possible (up to "
                    + (size - hasNot.size()) + " of " + size + " remain), but pulling the other way.");
        }
        List<Member> decisive = new ArrayList<>(hasHard);
        decisive.addAll(hasNotHard);
        boolean pinned = hasHard.size() >= lo && size - hasNotHard.size() <= hi;
        boolean corroborated = decisive.stream().flatMap(m -> claims(m).stream()).anyMatch(c -> !c.source().equals(count.source()));
        if (pinned && corroborated) {
            return outcome(Relation.AGREEMENT, decisive, head + "; the members' own claims bear it out: " + hasHard.size() + " do and "
                    + hasNotHard.size() + " do not (" + list(decisive, null, ctx) + ").");
        }
        return Optional.empty();
    }

    private static Optional<Outcome> outcome(Relation r, List<Member> evidence, String explanation) {
        return Optional.of(new Outcome(r, evidence.stream().flatMap(m -> claims(m).stream()).toList(), explanation));
    }

    private static List<Claim> claims(Member m) {
        return m.has().isEmpty() ? m.hasNot() : m.has();
    }

    private static String head(Claim count, PropertyDef countProperty, int size, RuleContext ctx) {
        return ctx.says(count) + " of the " + size + " members of " + ctx.entityName(count.subject()) + " have "
                + counted(countProperty, ctx);
    }

    private static String counted(PropertyDef countProperty, RuleContext ctx) {
        return ctx.label(countProperty.aggregates().property()) + " = " + countProperty.aggregates().value();
    }

    private static String tooMany(String head, List<Member> has, double hi, RuleContext ctx) {
        return head + "; but " + has.size() + " already do (" + list(has, true, ctx) + "), more than the at most "
                + Interval.exact(hi).describe() + " it allows.";
    }

    private static String tooFew(String head, List<Member> hasNot, int size, double lo, RuleContext ctx) {
        return head + "; but " + list(hasNot, false, ctx) + ", so at most " + (size - hasNot.size()) + " can, fewer than the "
                + Interval.exact(lo).describe() + " it claims.";
    }

    /** "002 says Acme: imported; …" for the claims of some members. */
    private static String list(List<Member> members, Boolean has, RuleContext ctx) {
        List<String> s = new ArrayList<>();
        for (Member m : members) {
            for (Claim c : has == null ? claims(m) : has ? m.has() : m.hasNot()) {
                s.add(ctx.saysAbout(c));
            }
        }
        return String.join("; ", s);
    }

    private static List<Claim> plus(List<Claim> list, Claim c) {
        List<Claim> out = new ArrayList<>(list);
        out.add(c);
        return out;
    }

    private static List<Claim> concat(Claim first, Collection<Claim> rest) {
        List<Claim> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    @Override
    public void verify(Catalog catalog, Consumer<String> problems) {
        PropertyDef m = catalog.property(membership).orElse(null);
        if (m == null || m.datatype() != Datatype.ENTITY_SET) {
            problems.accept(m == null ? "unknown property '" + membership + "'" : "property '" + membership + "' is not an entity-set");
        }
        for (PropertyDef p : catalog.properties()) {
            if (counts(p) && catalog.property(p.aggregates().property()).isEmpty()) {
                problems.accept("count property '" + p.id() + "' aggregates unknown property '" + p.aggregates().property() + "'");
            }
        }
    }
}
