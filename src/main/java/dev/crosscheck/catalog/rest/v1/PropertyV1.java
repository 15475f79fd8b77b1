package dev.crosscheck.catalog.rest.v1;

import dev.crosscheck.catalog.PropertyDef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "Property", description = "A property claims assert, with its datatype, unit, tolerance and signal words; unit and "
        + "aggregates are absent when the property has none",
        requiredProperties = {"id", "label", "datatype", "singleValued", "tolerance", "categories", "keywords"})
public record PropertyV1(String id, Map<String, String> label, String datatype, String unit, boolean singleValued,
                         double tolerance, List<String> categories, PropertyDef.Aggregates aggregates,
                         Map<String, List<String>> keywords) {

    public static PropertyV1 of(PropertyDef p) {
        return new PropertyV1(p.id(), p.label(), p.datatype().wireName(), p.unit(), p.singleValued(), p.tolerance(), p.categories(),
                p.aggregates(), p.keywords());
    }
}
