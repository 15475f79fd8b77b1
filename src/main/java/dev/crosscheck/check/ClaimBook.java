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
 * by property. An immutable snapshot: checks read it on many threads without locking. A change
 * gives a new snapshot that shares every bucket the change does not touch, so that a write costs
 * its own claims' buckets, not a rebuild over every claim.
 */
final class ClaimBook {

    private final Catalog catalog;
    /** Buckets are never modified once the book that built them is complete: later books share them. */
    private final Map<String, List<Claim>> bySubjectProperty;
    private final Map<String, List<Claim>> bySubject;
    private final Map<String, List<Claim>> byProperty;
    /** Claims by each entity they name as a qualifier value. */
    private final Map<String, List<Claim>> byQualifierEntity;
    private final Map<String, StoredClaim> stored;
    /** Entities that are qualifier values of some claim (a ranking), with the key: naming one states that qualifier. */
    private final Map<String, Set<String>> qualifierEntities;
    /** Types of the entities each property's claims give as values, computed once: every alignment asks. */
    private final Map<String, Set<String>> valueTypesByProperty;

    ClaimBook(List<StoredClaim> claims, Catalog catalog) {
        this(catalog, new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (StoredClaim s : claims) {
            Claim c = s.claim();
            stored.put(c.id(), s);
            bySubjectProperty.computeIfAbsent(key(c.subject(), c.property()), k -> new ArrayList<>()).add(c);
            bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
            byProperty.computeIfAbsent(c.property(), k -> new ArrayList<>()).add(c);
            for (String entity : qualifierEntitiesOf(c)) {
                byQualifierEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(c);
            }
        }
        // In id order, as a changed bucket is kept: the same claims give the same book however it was reached.
        for (Map<String, List<Claim>> buckets : List.of(bySubjectProperty, bySubject, byProperty, byQualifierEntity)) {
            buckets.values().forEach(list -> list.sort(BY_ID));
        }
        byQualifierEntity.keySet().forEach(this::indexQualifierEntity);
        byProperty.keySet().forEach(this::indexValueTypes);
    }

    private static final java.util.Comparator<Claim> BY_ID = java.util.Comparator.comparing(Claim::id);

    private ClaimBook(Catalog catalog, Map<String, List<Claim>> bySubjectProperty, Map<String, List<Claim>> bySubject,
                      Map<String, List<Claim>> byProperty, Map<String, List<Claim>> byQualifierEntity, Map<String, StoredClaim> stored,
                      Map<String, Set<String>> qualifierEntities, Map<String, Set<String>> valueTypesByProperty) {
        this.catalog = catalog;
        this.bySubjectProperty = bySubjectProperty;
        this.bySubject = bySubject;
        this.byProperty = byProperty;
        this.byQualifierEntity = byQualifierEntity;
        this.stored = stored;
        this.qualifierEntities = qualifierEntities;
        this.valueTypesByProperty = valueTypesByProperty;
    }

    private static String key(String subject, String property) {
        return subject + '\u0000' + property;
    }

    private List<String> qualifierEntitiesOf(Claim c) {
        return c.qualifiers().values().stream().filter(v -> catalog.entity(v).isPresent()).distinct().toList();
    }

    private void indexQualifierEntity(String entity) {
        Set<String> keys = new LinkedHashSet<>();
        for (Claim c : byQualifierEntity.getOrDefault(entity, List.of())) {
            c.qualifiers().forEach((k, v) -> {
                if (v.equals(entity)) {
                    keys.add(k);
                }
            });
        }
        if (keys.isEmpty()) {
            qualifierEntities.remove(entity);
        } else {
            qualifierEntities.put(entity, keys);
        }
    }

    private void indexValueTypes(String property) {
        List<Claim> claims = byProperty.get(property);
        if (claims == null) {
            valueTypesByProperty.remove(property);
        } else {
            valueTypesByProperty.put(property, Set.copyOf(valueTypesOf(claims)));
        }
    }

    /**
     * The same book with newer stored states of claims whose statements did not change (a note
     * edited): the indexes by subject and property stay, only the versions cited move on.
     */
    ClaimBook withNewerVersions(Collection<StoredClaim> newer) {
        Map<String, StoredClaim> versions = new HashMap<>(stored);
        newer.forEach(s -> versions.put(s.claim().id(), s));
        return new ClaimBook(catalog, bySubjectProperty, bySubject, byProperty, byQualifierEntity, versions, qualifierEntities, valueTypesByProperty);
    }

    /** The book after claims were added or replaced ({@code upserts}) and others left force ({@code removed}). */
    ClaimBook with(Collection<StoredClaim> upserts, Collection<String> removed) {
        ClaimBook b = new ClaimBook(catalog, new HashMap<>(bySubjectProperty), new HashMap<>(bySubject), new HashMap<>(byProperty),
                new HashMap<>(byQualifierEntity), new HashMap<>(stored), new HashMap<>(qualifierEntities), new HashMap<>(valueTypesByProperty));
        Set<String> changed = new java.util.HashSet<>(removed);
        upserts.forEach(s -> changed.add(s.claim().id()));
        List<Claim> before = changed.stream().map(stored::get).filter(java.util.Objects::nonNull).map(StoredClaim::claim).toList();
        List<Claim> after = upserts.stream().map(StoredClaim::claim).toList();
        changed.forEach(b.stored::remove);
        upserts.forEach(s -> b.stored.put(s.claim().id(), s));
        rebucket(b.bySubjectProperty, before, after, changed, c -> List.of(key(c.subject(), c.property())));
        rebucket(b.bySubject, before, after, changed, c -> List.of(c.subject()));
        rebucket(b.byProperty, before, after, changed, c -> List.of(c.property())).forEach(b::indexValueTypes);
        rebucket(b.byQualifierEntity, before, after, changed, this::qualifierEntitiesOf).forEach(b::indexQualifierEntity);
        return b;
    }

    /**
     * Replaces the buckets the changed claims were or now are in with new lists (the old lists stay
     * untouched: earlier books still read them); returns the keys of those buckets.
     */
    private static Set<String> rebucket(Map<String, List<Claim>> buckets, List<Claim> before, List<Claim> after, Set<String> changed,
                                        java.util.function.Function<Claim, List<String>> keysOf) {
        Set<String> keys = new LinkedHashSet<>();
        before.forEach(c -> keys.addAll(keysOf.apply(c)));
        Map<String, List<Claim>> added = new HashMap<>();
        for (Claim c : after) {
            for (String k : keysOf.apply(c)) {
                added.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
                keys.add(k);
            }
        }
        for (String k : keys) {
            List<Claim> list = new ArrayList<>(added.getOrDefault(k, List.of()));
            for (Claim c : buckets.getOrDefault(k, List.of())) {
                if (!changed.contains(c.id())) {
                    list.add(c);
                }
            }
            if (list.isEmpty()) {
                buckets.remove(k);
            } else {
                list.sort(BY_ID);
                buckets.put(k, list);
            }
        }
        return keys;
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
