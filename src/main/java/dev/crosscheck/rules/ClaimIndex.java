package dev.crosscheck.rules;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ClaimValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims the engine holds, indexed the ways rules read them: by id, by subject and property,
 * and for set-valued claims by member (which sets list an entity). Every operation touches only
 * the entries of the claim at hand.
 */
public final class ClaimIndex {

    private record Key(String subject, String property) {
    }

    private Map<String, Claim> byId = new HashMap<>();
    private Map<Key, List<Claim>> bySubjectProperty = new HashMap<>();
    /** (set property, member) → subjects whose set lists the member → number of such claims. */
    private Map<Key, Map<String, Integer>> containers = new HashMap<>();

    public Claim get(String id) {
        return byId.get(id);
    }

    /** The claims about a subject's property, in no particular order. */
    public List<Claim> claims(String subject, String property) {
        List<Claim> l = bySubjectProperty.get(new Key(subject, property));
        return l == null ? List.of() : l;
    }

    /** The subjects with a claim of set property {@code property} that lists {@code member}. */
    public Set<String> containers(String property, String member) {
        Map<String, Integer> m = containers.get(new Key(member, property));
        return m == null ? Set.of() : m.keySet();
    }

    /** Adds a claim, replacing the one with its id. */
    void put(Claim c) {
        Claim old = byId.put(c.id(), c);
        if (old != null) {
            unindex(old);
        }
        bySubjectProperty.computeIfAbsent(new Key(c.subject(), c.property()), k -> new ArrayList<>(2)).add(c);
        if (c.normalized() instanceof ClaimValue.EntitySet s) {
            for (String member : s.entityIds()) {
                containers.computeIfAbsent(new Key(member, c.property()), k -> new HashMap<>(2)).merge(c.subject(), 1, Integer::sum);
            }
        }
    }

    /** Removes a claim; returns it, or null when there was none. */
    Claim remove(String id) {
        Claim c = byId.remove(id);
        if (c != null) {
            unindex(c);
        }
        return c;
    }

    private void unindex(Claim c) {
        Key key = new Key(c.subject(), c.property());
        List<Claim> l = bySubjectProperty.get(key);
        l.removeIf(x -> x.id().equals(c.id()));
        if (l.isEmpty()) {
            bySubjectProperty.remove(key);
        }
        if (c.normalized() instanceof ClaimValue.EntitySet s) {
            for (String member : s.entityIds()) {
                Key k = new Key(member, c.property());
                Map<String, Integer> m = containers.get(k);
                if (m.merge(c.subject(), -1, Integer::sum) == 0) {
                    m.remove(c.subject());
                }
                if (m.isEmpty()) {
                    containers.remove(k);
                }
            }
        }
    }

    /** Empties the index, sized for a bulk load of about {@code expectedClaims} claims. */
    void reset(int expectedClaims) {
        byId = new HashMap<>(Math.max(16, (int) (expectedClaims / 0.75f) + 1));
        bySubjectProperty = new HashMap<>(Math.max(16, (int) (expectedClaims / 0.75f / 2) + 1));
        containers = new HashMap<>();
    }
}
