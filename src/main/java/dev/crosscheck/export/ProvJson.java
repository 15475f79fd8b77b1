package dev.crosscheck.export;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PROV-JSON document (W3C member submission, as the Python {@code prov} library and ProvToolbox
 * read it) built as maps for Jackson. Every attribute value is a PROV value: a string, number or
 * boolean, a typed literal {@code {"$": …, "type": …}}, or a list of those for a multi-valued
 * attribute. Relations get document-local blank ids ({@code _:wasGeneratedBy3}), which PROV-N
 * writes as unidentified relations.
 */
final class ProvJson {

    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> records = new LinkedHashMap<>();
    private int relations;

    ProvJson() {
        prefix("prov", PROV);
        prefix("xsd", XSD);
        prefix("rdf", RDF);
    }

    ProvJson prefix(String prefix, String uri) {
        prefixes.put(prefix, uri);
        return this;
    }

    Map<String, Object> entity(String id) {
        return element("entity", id);
    }

    Map<String, Object> agent(String id) {
        return element("agent", id);
    }

    Map<String, Object> activity(String id) {
        return element("activity", id);
    }

    boolean has(String kind, String id) {
        return records.getOrDefault(kind, Map.of()).containsKey(id);
    }

    /** A relation such as {@code wasGeneratedBy}, with its PROV attributes given as name, value pairs. */
    Map<String, Object> relation(String kind, Object... attributes) {
        Map<String, Object> r = element(kind, "_:" + kind + (++relations));
        for (int i = 0; i < attributes.length; i += 2) {
            r.put((String) attributes[i], attributes[i + 1]);
        }
        return r;
    }

    private Map<String, Object> element(String kind, String id) {
        return records.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(id, k -> new LinkedHashMap<>());
    }

    Map<String, Object> toMap() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("prefix", prefixes);
        doc.putAll(records);
        return doc;
    }

    /** A qualified name as an attribute value (prov:type values above all). */
    static Map<String, Object> qname(String qualifiedName) {
        return typed(qualifiedName, "prov:QUALIFIED_NAME");
    }

    static List<Map<String, Object>> qnames(String... qualifiedNames) {
        return java.util.Arrays.stream(qualifiedNames).map(ProvJson::qname).toList();
    }

    static Map<String, Object> typed(Object value, String datatype) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("$", value);
        v.put("type", datatype);
        return v;
    }

    static Map<String, Object> uri(String uri) {
        return typed(uri, "xsd:anyURI");
    }

    static Map<String, Object> dateTime(OffsetDateTime t) {
        return typed(time(t), "xsd:dateTime");
    }

    /** xsd:dateTime as PROV wants it: always with seconds (OffsetDateTime.toString drops ":00"), in UTC. */
    static String time(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
