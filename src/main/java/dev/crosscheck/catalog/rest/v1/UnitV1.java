package dev.crosscheck.catalog.rest.v1;

import dev.crosscheck.catalog.UnitDef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "Unit", description = "A unit; values compare only within one dimension", requiredProperties = {"id", "dimension", "factor", "names"})
public record UnitV1(String id, String dimension, double factor, Map<String, List<String>> names) {

    public static UnitV1 of(UnitDef u) {
        return new UnitV1(u.id(), u.dimension(), u.factor(), u.names());
    }
}
