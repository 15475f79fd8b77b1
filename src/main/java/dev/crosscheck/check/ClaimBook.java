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

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * The stored claims indexed the ways a check reads them: by subject and property, by subject,
 * by property. An immutable snapshot: checks read it on many threads without locking. Its maps are
 * persistent (pcollections): a change gives a new snapshot that shares everything the change does
 * not touch, so a write costs its own claims' buckets and a logarithmic path per key, not a copy or
 * a rebuild over every claim.
 */
final class ClaimBook {

    private final Catalog catalog;
    /** Buckets are never modified once built: later books share them. */
    private final PMap<String, List<Claim>> bySubjectProperty;
    private final PMap<String, List<Claim>> bySubject;
    private final PMap<String, List<Claim>> byProperty;
    /** Claims by each entity they name as a qualifier value. */
    private final PMap<String, List<Claim>> byQualifierEntity;
    private final PMap<String, StoredClaim> stored;
    /** Entities that are qualifier values of some claim (a ranking), with the key: naming one states that qualifier. */
    private final PMap<String, Set<String>> qualifierEntities;
    /** Types of the entities each property's claims give as values, computed once: every alignment asks. */
    private final PMap<String, Set<String>> valueTypesByProperty;

    ClaimBook(List<StoredClaim> claims, Catalog catalog) {
        this(catalog, HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(),
                HashTreePMap.empty(), HashTreePMap.empty(), claims, List.of());
    }

    private ClaimBook(Catalog catalog, PMap<String, List<Claim>> bySubjectProperty, PMap<String, List<Claim>> bySubject,
                      PMap<String, List<Claim>> byProperty, PMap<String, List<Claim>> byQualifierEntity, PMap<String, StoredClaim> stored,
                      PMap<String, Set<String>> qualifierEntities, PMap<String, Set<String>> valueTypesByProperty,
                      Collection<StoredClaim> upserts, Collection<String> removed) {
        this.catalog = catalog;
        Set<String> changed = new java.util.HashSet<>(removed);
        upserts.forEach(s -> changed.add(s.claim().id()));
        List<Claim> before = changed.stream().map(stored::get).filter(java.util.Objects::nonNull).map(StoredClaim::claim).toList();
        List<Claim> after = upserts.stream().map(StoredClaim::claim).toList();
        this.stored = stored.minusAll(changed).plusAll(byId(upserts));
        Map<String, List<Claim>> sp = rebucket(bySubjectProperty, before, after, changed, c -> List.of(key(c.subject(), c.property())));
        Map<String, List<Claim>> subjects = rebucket(bySubject, before, after, changed, c -> List.of(c.subject()));
        Map<String, List<Claim>> properties = rebucket(byProperty, before, after, changed, c -> List.of(c.property()));
        Map<String, List<Claim>> qualified = rebucket(byQualifierEntity, before, after, changed, this::qualifierEntitiesOf);
        this.bySubjectProperty = apply(bySubjectProperty, sp);
        this.bySubject = apply(bySubject, subjects);
        this.byProperty = apply(byProperty, properties);
        this.byQualifierEntity = apply(byQualifierEntity, qualified);
        Map<String, Set<String>> keys = new HashMap<>();
        qualified.forEach((entity, claims) -> keys.put(entity, claims.isEmpty() ? Set.of() : qualifierKeys(entity, claims)));
        this.qualifierEntities = apply(qualifierEntities, keys);
        Map<String, Set<String>> types = new HashMap<>();
        properties.forEach((property, claims) -> types.put(property, claims.isEmpty() ? null : Set.copyOf(valueTypesOf(claims))));
        this.valueTypesByProperty = apply(valueTypesByProperty, types);
    }

    private static Map<String, StoredClaim> byId(Collection<StoredClaim> claims) {
        Map<String, StoredClaim> out = new HashMap<>();
        claims.forEach(s -> out.put(s.claim().id(), s));
        return out;
    }

    /** The map with these entries replaced; an empty or null value removes its key. */
    private static <V> PMap<String, V> apply(PMap<String, V> map, Map<String, V> changes) {
        PMap<String, V> out = map;
        for (Map.Entry<String, V> e : changes.entrySet()) {
            V v = e.getValue();
            boolean empty = v == null || (v instanceof Collection<?> c && c.isEmpty());
            out = empty ? out.minus(e.getKey()) : out.plus(e.getKey(), v);
        }
        return out;
    }

    private static String key(String subject, String property) {
        return subject + '\u0000' + property;
    }

    private List<String> qualifierEntitiesOf(Claim c) {
        return c.qualifiers().values().stream().filter(v -> catalog.entity(v).isPresent()).distinct().toList();
    }

    private static Set<String> qualifierKeys(String entity, List<Claim> claims) {
        Set<String> keys = new LinkedHashSet<>();
        for (Claim c : claims) {
            c.qualifiers().forEach((k, v) -> {
                if (v.equals(entity)) {
                    keys.add(k);
                }
            });
        }
        return keys;
    }

    /**
     * The same book with newer stored states of claims whose statements did not change (a note
     * edited): the indexes by subject and property stay, only the versions cited move on.
     */
    ClaimBook withNewerVersions(Collection<StoredClaim> newer) {
        return new ClaimBook(catalog, bySubjectProperty, bySubject, byProperty, byQualifierEntity, stored.plusAll(byId(newer)),
                qualifierEntities, valueTypesByProperty, List.of(), List.of());
    }

    /** The book after claims were added or replaced ({@code upserts}) and others left force ({@code removed}). */
    ClaimBook with(Collection<StoredClaim> upserts, Collection<String> removed) {
        return new ClaimBook(catalog, bySubjectProperty, bySubject, byProperty, byQualifierEntity, stored, qualifierEntities,
                valueTypesByProperty, upserts, removed);
    }

    /**
     * The new lists of the buckets the changed claims were or now are in, by key (an empty list where
     * a bucket empties); the old lists stay untouched, as earlier books still read them. Each list is
     * in id order: the same claims give the same book however it was reached.
     */
    private static Map<String, List<Claim>> rebucket(Map<String, List<Claim>> buckets, List<Claim> before, List<Claim> after,
                                                     Set<String> changed, java.util.function.Function<Claim, List<String>> keysOf) {
        Set<String> keys = new LinkedHashSet<>();
        before.forEach(c -> keys.addAll(keysOf.apply(c)));
        Map<String, List<Claim>> added = new HashMap<>();
        for (Claim c : after) {
            for (String k : keysOf.apply(c)) {
                added.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
                keys.add(k);
            }
        }
        Map<String, List<Claim>> out = new HashMap<>();
        for (String k : keys) {
            List<Claim> list = new ArrayList<>(added.getOrDefault(k, List.of()));
            for (Claim c : buckets.getOrDefault(k, List.of())) {
                if (!changed.contains(c.id())) {
                    list.add(c);
                }
            }
            list.sort(BY_ID);
            out.put(k, List.copyOf(list));
        }
        return out;
    }

    private static final java.util.Comparator<Claim> BY_ID = java.util.Comparator.comparing(Claim::id);

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
