package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.claim.value.ClaimValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored claims indexed the ways a check reads them: by subject and property, by subject,
 * by property. An immutable snapshot: checks read it on many threads without locking.
 */
final class ClaimBook {


    private final Catalog catalog;
    private final Map<String, List<Claim>> bySubjectProperty = new HashMap<>();
    private final Map<String, List<Claim>> bySubject = new HashMap<>();
    private final Map<String, List<Claim>> byProperty = new HashMap<>();
    private final Map<String, StoredClaim> stored = new HashMap<>();
    /** Entities that are qualifier values of some claim (a ranking), with the key: naming one states that qualifier. */
    private final Map<String, Set<String>> qualifierEntities = new HashMap<>();
    /** Types of the entities each property's claims give as values, computed once: every alignment asks. */
    private final Map<String, Set<String>> valueTypesByProperty = new HashMap<>();

    ClaimBook(List<StoredClaim> claims, Catalog catalog) {
        this.catalog = catalog;
        for (StoredClaim s : claims) {
            Claim c = s.claim();
            stored.put(c.id(), s);
            bySubjectProperty.computeIfAbsent(key(c.subject(), c.property()), k -> new ArrayList<>()).add(c);
            bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
            byProperty.computeIfAbsent(c.property(), k -> new ArrayList<>()).add(c);
            c.qualifiers().forEach((k, v) -> {
                if (catalog.entity(v).isPresent()) {
                    qualifierEntities.computeIfAbsent(v, x -> new LinkedHashSet<>()).add(k);
                }
            });
        }
        byProperty.forEach((property, list) -> valueTypesByProperty.put(property, Set.copyOf(valueTypesOf(list))));
    }

    private static String key(String subject, String property) {
        return subject + '\u0000' + property;
    }

    private ClaimBook(ClaimBook base, Collection<StoredClaim> newer) {
        this.catalog = base.catalog;
        this.bySubjectProperty.putAll(base.bySubjectProperty);
        this.bySubject.putAll(base.bySubject);
        this.byProperty.putAll(base.byProperty);
        this.qualifierEntities.putAll(base.qualifierEntities);
        this.valueTypesByProperty.putAll(base.valueTypesByProperty);
        this.stored.putAll(base.stored);
        newer.forEach(s -> stored.put(s.claim().id(), s));
    }

    /**
     * The same book with newer stored states of claims whose statements did not change (a note
     * edited): the indexes by subject and property stay, only the versions cited move on.
     */
    ClaimBook withNewerVersions(Collection<StoredClaim> newer) {
        return new ClaimBook(this, newer);
    }

    /** The catalog type of an entity (firm, city, ranking …), or null when the catalog does not know it. */
    String typeOf(String entityId) {
        return catalog.entity(entityId).map(EntityDef::type).orElse(null);
    }

    Map<String, Set<String>> qualifierEntities() {
        return qualifierEntities;
    }

    /** A claim in force by id, or null. */
    Claim claim(String id) {
        StoredClaim s = stored.get(id);
        return s == null ? null : s.claim();
    }

    /** The claim as stored (version, last change), to cite it. */
    StoredClaim stored(Claim c) {
        return stored.get(c.id());
    }

    List<Claim> of(String subject, String property) {
        return bySubjectProperty.getOrDefault(key(subject, property), List.of());
    }

    boolean has(String subject, String property) {
        return bySubjectProperty.containsKey(key(subject, property));
    }

    List<Claim> ofSubject(String subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    List<Claim> ofProperty(String property) {
        return byProperty.getOrDefault(property, List.of());
    }

    /** Types of the entities the claims give as values of this property (for one subject, or all when null). */
    Set<String> valueTypes(String subject, String property) {
        if (subject == null) {
            return valueTypesByProperty.getOrDefault(property, Set.of());
        }
        return valueTypesOf(of(subject, property));
    }

    private Set<String> valueTypesOf(List<Claim> claims) {
        Set<String> out = new LinkedHashSet<>();
        for (Claim c : claims) {
            for (String id : entityValues(c)) {
                catalog.entity(id).map(EntityDef::type).ifPresent(out::add);
            }
        }
        return out;
    }

    static List<String> entityValues(Claim c) {
        if (c.normalized() instanceof ClaimValue.EntityRef r) {
            return List.of(r.entityId());
        }
        if (c.normalized() instanceof ClaimValue.EntitySet s) {
            return List.copyOf(s.entityIds());
        }
        return List.of();
    }
}
