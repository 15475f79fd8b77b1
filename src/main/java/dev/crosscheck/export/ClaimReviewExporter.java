package dev.crosscheck.export;

import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.rules.Finding;
import dev.crosscheck.rules.FindingClaim;
import dev.crosscheck.rules.FindingsService;
import dev.crosscheck.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as schema.org {@code ClaimReview} JSON-LD. Each finding becomes one review of the claim
 * it is about; the rating says what the sources show: corroborated (AGREEMENT), contradicted
 * between sources (CONFLICT) or contested under different definitions (TENSION). Each cited
 * claim appears with its source and quote as an {@code itemReviewed} appearance.
 */
@ApplicationScoped
public class ClaimReviewExporter {

    static final Map<String, Object[]> RATINGS = Map.of(
            "AGREEMENT", new Object[]{3, "Corroborated by several sources"},
            "TENSION", new Object[]{2, "Sources pull in different directions"},
            "CONFLICT", new Object[]{1, "Sources contradict each other"});

    private final FindingsService findings;
    private final DatasetService dataset;
    private final SourceService sources;

    public ClaimReviewExporter(FindingsService findings, DatasetService dataset, SourceService sources) {
        this.findings = findings;
        this.dataset = dataset;
        this.sources = sources;
    }

    public Map<String, Object> claimReviews(String baseUrl) {
        var snapshot = findings.all();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@graph", snapshot.findings().stream().map(f -> review(f, baseUrl)).toList());
        doc.put("rulesetVersion", snapshot.rulesetVersion());
        doc.put("datasetRevision", snapshot.datasetRevision());
        return doc;
    }

    private Map<String, Object> review(Finding f, String baseUrl) {
        Object[] rating = RATINGS.get(f.kind().name());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@type", "ClaimReview");
        r.put("@id", baseUrl + "/api/v1/findings/" + f.id());
        r.put("url", baseUrl + "/api/v1/findings/" + f.id());
        r.put("claimReviewed", f.explanation());
        r.put("author", Map.of("@type", "Organization", "name", "crosscheck"));
        r.put("reviewRating", Map.of("@type", "Rating", "ratingValue", rating[0], "bestRating", 3, "worstRating", 1,
                "alternateName", rating[1]));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        item.put("about", Map.of("@type", "Thing", "identifier", f.subject(),
                "name", dataset.catalog().entity(f.subject()).map(EntityDef::displayName).orElse(f.subject())));
        item.put("appearance", f.claims().stream().map(c -> appearance(c, baseUrl)).toList());
        r.put("itemReviewed", item);
        r.put("additionalProperty", List.of(
                Map.of("@type", "PropertyValue", "name", "findingKind", "value", f.kind().name()),
                Map.of("@type", "PropertyValue", "name", "rule", "value", f.ruleId()),
                Map.of("@type", "PropertyValue", "name", "property", "value", f.property())));
        return r;
    }

    private Map<String, Object> appearance(FindingClaim c, String baseUrl) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@type", "CreativeWork");
        a.put("@id", baseUrl + "/api/v1/claims/" + c.claimId());
        a.put("text", c.quote());
        sources.find(c.source()).ifPresent(s -> {
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "CreativeWork");
            work.put("@id", baseUrl + "/api/v1/sources/" + c.source());
            work.put("name", s.def().title());
            if (s.def().url() != null) {
                work.put("url", s.def().url());
            }
            a.put("isPartOf", work);
        });
        return a;
    }
}
