package dev.crosscheck.catalog.rest.v1;

import dev.crosscheck.catalog.EntityDef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "Entity", description = "Something claims are about, with its names per script or language; description is absent "
        + "when the catalog gives none", requiredProperties = {"id", "type", "name", "names"})
public record EntityV1(String id, String type, String name, Map<String, List<String>> names, String description) {

    public static EntityV1 of(EntityDef e) {
        return new EntityV1(e.id(), e.type(), e.displayName(), e.names(), e.description());
    }
}
