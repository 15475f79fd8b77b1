package dev.crosscheck.catalog;

import dev.crosscheck.shared.text.TextFolder;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The entities, units and properties of a claims directory, with lookup by any name in any script. */
public final class Catalog {

    private final Map<String, EntityDef> entities;
    private final Map<String, UnitDef> units;
    private final Map<String, PropertyDef> properties;
    private final Map<String, Set<String>> entityIdsByFoldedName = new HashMap<>();
    private final Map<String, String> unitIdsByFoldedName = new HashMap<>();

    public Catalog(Collection<EntityDef> entities, Collection<UnitDef> units, Collection<PropertyDef> properties) {
        this.entities = index(entities, EntityDef::id);
        this.units = index(units, UnitDef::id);
        this.properties = index(properties, PropertyDef::id);
        for (EntityDef e : entities) {
            entityIdsByFoldedName.computeIfAbsent(TextFolder.fold(e.id()), k -> new LinkedHashSet<>()).add(e.id());
            for (String n : e.allNames()) {
                entityIdsByFoldedName.computeIfAbsent(TextFolder.fold(n), k -> new LinkedHashSet<>()).add(e.id());
            }
        }
        for (UnitDef u : units) {
            unitIdsByFoldedName.putIfAbsent(TextFolder.fold(u.id()), u.id());
            for (String n : u.allNames()) {
                unitIdsByFoldedName.putIfAbsent(TextFolder.fold(n), u.id());
            }
        }
    }

    private static <T> Map<String, T> index(Collection<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T t : items) {
            out.putIfAbsent(id.apply(t), t);
        }
        return out;
    }

    public Optional<EntityDef> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Optional<UnitDef> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    public Optional<PropertyDef> property(String id) {
        return Optional.ofNullable(properties.get(id));
    }

    public List<EntityDef> entities() {
        return List.copyOf(entities.values());
    }

    public List<UnitDef> units() {
        return List.copyOf(units.values());
    }

    public List<PropertyDef> properties() {
        return List.copyOf(properties.values());
    }

    /** Entities known by this id or name, in any script: a Traditional and a Simplified spelling find the same one. */
    public Set<String> entityIdsByName(String name) {
        return entityIdsByFoldedName.getOrDefault(TextFolder.fold(name), Set.of());
    }

    public Optional<String> unitIdByName(String name) {
        return Optional.ofNullable(unitIdsByFoldedName.get(TextFolder.fold(name)));
    }
}
