package dev.crosscheck.catalog.rest.v1;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.shared.failure.DomainException;

import java.util.Set;

/** The {@code subject} query parameter of v1 listings: an entity id or any name, in any script. */
public final class SubjectParam {

    private SubjectParam() {
    }

    /** The entity ids the parameter names; null when it is absent; a 400 problem when it names nothing. */
    public static Set<String> resolve(Catalog catalog, String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        Set<String> ids = catalog.entityIdsByName(subject.strip());
        if (ids.isEmpty()) {
            throw DomainException.badParameter("subject", "no entity is called '" + subject + "'");
        }
        return ids;
    }
}
