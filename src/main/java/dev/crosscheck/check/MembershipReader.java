package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.EntityDef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads membership statements: "X is one of the Six Little Dragons", "X and Y are among them",
 * "the six are A, B …". The group is a named entity the sources give a set of entities for; the
 * members are the other named entities of the kinds those sets hold.
 */
final class MembershipReader {

    private final Catalog catalog;
    private final ClaimBook book;

    MembershipReader(Catalog catalog, ClaimBook book) {
        this.catalog = catalog;
        this.book = book;
    }

    /**
     * A membership statement, when the sentence has a membership word or a keyword of the set
     * property and states nothing else checkable, or has neither but nothing else to check.
     *
     * @param strongValue the sentence also reads as a checkable value of another property
     * @param figures     the sentence has figures (other than years and dates)
     */
    Optional<Interpretation> read(SentenceContext ctx, boolean strongValue, boolean figures) {
        SentenceReading r = ctx.reading();
        boolean cue = !r.cues(Lexicon.MEMBERSHIP).isEmpty();
        for (String group : r.entityIds()) {
            Set<String> setProps = book.setProperties(group);
            if (setProps.isEmpty()) {
                continue;
            }
            Set<String> types = new HashSet<>();
            setProps.forEach(sp -> types.addAll(book.valueTypes(group, sp)));
            TreeSet<String> members = new TreeSet<>();
            for (String x : r.entityIds()) {
                if (!x.equals(group) && types.contains(catalog.entity(x).map(EntityDef::type).orElse(null))) {
                    members.add(x);
                }
            }
            String keyword = setProps.stream().filter(sp -> r.propertyHits(sp).stream().anyMatch(h -> !r.insideEntity(h)))
                    .findFirst().orElse(null);
            boolean otherStatement = strongValue || figures;
            if (members.isEmpty() || (cue || keyword != null ? strongValue : otherStatement)) {
                continue;
            }
            String property = keyword != null ? keyword : bestSetProperty(group, setProps, members);
            Roles roles = ctx.roles();
            for (Hit h : r.entities()) {
                if (h.term().id().equals(group)) {
                    roles.use(h, "group");
                } else if (members.contains(h.term().id())) {
                    roles.use(h, "member");
                }
            }
            roles.useAll(r.cues(Lexicon.MEMBERSHIP), "membership");
            roles.useAll(r.propertyHits(property), "property");
            return Optional.of(ctx.interpretation(Interpretation.Mode.MEMBERSHIP, group, property, new Stated.Members(members), Map.of(),
                    new ArrayList<>(), List.of(), true));
        }
        return Optional.empty();
    }

    /** The set property whose stored sets hold most of the named members. */
    private String bestSetProperty(String group, Set<String> setProps, Set<String> members) {
        String best = null;
        long bestCount = -1;
        for (String sp : setProps) {
            long n = book.of(group, sp).stream().flatMap(c -> ClaimBook.entityValues(c).stream()).filter(members::contains).distinct().count();
            if (n > bestCount) {
                best = sp;
                bestCount = n;
            }
        }
        return best;
    }
}
