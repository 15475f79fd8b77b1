package dev.crosscheck.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.ClaimWriteService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports the claims in force. YAML is a claims file in the curated format (one {@code source}
 * per claim), which import and the CLI validator accept unchanged; CSV is a flat table with the
 * anchor, for spreadsheets and other services.
 */
@ApplicationScoped
public class ClaimsExporter {

    private final ClaimService claims;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
    private final CsvMapper csv = new CsvMapper();
    private final ObjectMapper json;

    private final dev.crosscheck.source.SourceService sources;

    public ClaimsExporter(ClaimService claims, ObjectMapper json, dev.crosscheck.source.SourceService sources) {
        this.sources = sources;
        this.claims = claims;
        this.json = json;
    }

    public String yaml(long datasetRevision) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Map<String, Object>> items = claims.active().stream().map(ClaimWriteService::writable).toList();
        doc.put("claims", items);
        try {
            return "# crosscheck claims export at dataset revision " + datasetRevision + "\n" + yaml.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A zip a CLI validation can run on as it is: {@code claims/claims-export.yaml} and
     * {@code seeds/sources.yaml} with every stored source text, so claims quoting sources added
     * through the API validate too ({@code validate claims/claims-export.yaml --catalog claims/
     * --sources seeds/} after unzipping next to the curated catalog).
     */
    public byte[] bundle(long datasetRevision) {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            put(zip, "claims/claims-export.yaml", yaml(datasetRevision));
            List<Map<String, Object>> list = new java.util.ArrayList<>();
            for (var s : sources.list()) {
                String file = s.id() + ".txt";
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", s.id());
                d.put("file", file);
                d.put("title", s.def().title());
                d.put("authors", s.def().authors());
                d.put("publisher", s.def().publisher());
                if (s.def().published() != null) {
                    d.put("published", s.def().published().toString());
                }
                d.put("language", s.def().language());
                d.put("scripts", s.def().scripts());
                d.put("url", s.def().url());
                d.put("notes", s.def().notes());
                d.put("sha256", s.sha256());
                list.add(d);
                put(zip, "seeds/" + file, s.text());
            }
            put(zip, "seeds/sources.yaml", yaml.writeValueAsString(Map.of("sources", list)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void put(java.util.zip.ZipOutputStream zip, String name, String text) throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static final List<String> CSV_COLUMNS = List.of("id", "subject", "property", "value", "unit", "qualifiers", "source", "quote",
            "exact", "start", "end", "note");

    public String csv() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_COLUMNS.forEach(schema::addColumn);
        List<Map<String, Object>> rows = claims.active().stream().map(this::row).toList();
        try {
            return csv.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> row(Claim c) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", c.id());
        r.put("subject", c.subject());
        r.put("property", c.property());
        r.put("value", c.value() instanceof List<?> || c.value() instanceof Map<?, ?> ? toJson(c.value()) : c.value());
        r.put("unit", c.unit());
        r.put("qualifiers", c.qualifiers().isEmpty() ? null : toJson(c.qualifiers()));
        r.put("source", c.source());
        r.put("quote", c.quote());
        r.put("exact", c.anchor().quote().exact());
        r.put("start", c.anchor().position().start());
        r.put("end", c.anchor().position().end());
        r.put("note", c.note());
        return r;
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
