package dev.crosscheck.export;

import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.rules.Finding;
import dev.crosscheck.rules.FindingClaim;
import dev.crosscheck.rules.FindingsService;
import dev.crosscheck.shared.config.PublicUrl;
import dev.crosscheck.source.SourceDef;
import dev.crosscheck.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Findings as schema.org {@code ClaimReview} JSON-LD, shaped by Google's ClaimReview guidelines.
 * A finding compares several claims, and a ClaimReview reviews one: so each claim a finding cites
 * gets its own review, whose {@code claimReviewed} is the claim as its source wrote it (the quote)
 * and whose {@code itemReviewed} is that {@code Claim}, authored by the source's authors or, when it
 * names none, its publisher, and appearing in the source. The rating says what the sources show:
 * corroborated (AGREEMENT), contested under different definitions (TENSION) or contradicted
 * (CONFLICT). The claim is {@code about} the finding's entity and property. The finding's explanation is the rating's {@code ratingExplanation}, its rule the work
 * the review {@code isBasedOn}. Every URL comes from the configured public URL.
 */
@ApplicationScoped
public class ClaimReviewExporter {

    record Rating(int value, String name) {
    }

    static final int BEST = 3;
    static final int WORST = 1;
    static final Map<String, Rating> RATINGS = Map.of(
            "AGREEMENT", new Rating(3, "Corroborated by other sources"),
            "TENSION", new Rating(2, "Sources pull in different directions"),
            "CONFLICT", new Rating(1, "Contradicted by other sources"));

    private final FindingsService findings;
    private final DatasetService dataset;
    private final SourceService sources;
    private final ClaimService claims;
    private final PublicUrl urls;

    public ClaimReviewExporter(FindingsService findings, DatasetService dataset, SourceService sources, ClaimService claims, PublicUrl urls) {
        this.findings = findings;
        this.dataset = dataset;
        this.sources = sources;
        this.claims = claims;
        this.urls = urls;
    }

    /** The ruleset version and dataset revision travel as response headers: they are no schema.org terms. */
    public record Export(Map<String, Object> document, String rulesetVersion, long datasetRevision) {
    }

    public Export claimReviews() {
        var snapshot = findings.all();
        Map<String, StoredClaim> stored = claims.activeStored().stream()
                .collect(Collectors.toMap(s -> s.claim().id(), Function.identity()));
        List<Map<String, Object>> graph = new ArrayList<>();
        for (Finding f : snapshot.findings()) {
            String published = published(f, stored);
            for (FindingClaim c : f.claims()) {
                graph.add(review(f, c, published));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@graph", graph);
        return new Export(doc, snapshot.rulesetVersion(), snapshot.datasetRevision());
    }

    private Map<String, Object> review(Finding f, FindingClaim c, String published) {
        Rating rating = RATINGS.get(f.kind().name());
        String findingUrl = urls.of("/api/v1/findings/" + PublicUrl.segment(f.id()));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@type", "ClaimReview");
        // Several reviews share the finding's page; the fragment tells them apart.
        r.put("@id", findingUrl + "#" + PublicUrl.segment(c.claimId()));
        r.put("url", findingUrl);
        r.put("identifier", f.id());
        r.put("claimReviewed", c.quote());
        r.put("author", organisation());
        if (published != null) {
            r.put("datePublished", published);
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "Rating");
        value.put("ratingValue", rating.value());
        value.put("bestRating", BEST);
        value.put("worstRating", WORST);
        value.put("alternateName", rating.name());
        value.put("ratingExplanation", f.explanation());
        r.put("reviewRating", value);
        r.put("isBasedOn", node("CreativeWork", urls.of("/api/v1/rules/" + PublicUrl.segment(f.ruleId())), f.ruleId()));
        r.put("itemReviewed", claim(f, c));
        return r;
    }

    private Map<String, Object> claim(Finding f, FindingClaim c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        item.put("@id", urls.of("/api/v1/claims/" + PublicUrl.segment(c.claimId())));
        item.put("text", c.quote());
        item.put("about", about(f));
        sources.find(c.source()).ifPresent(s -> {
            SourceDef def = s.def();
            Object author = author(def);
            if (author != null) {
                item.put("author", author);
            }
            if (def.published() != null) {
                // The claim was made when its source was published.
                item.put("datePublished", def.published().toString());
            }
            Map<String, Object> work = node("CreativeWork", urls.of("/api/v1/sources/" + PublicUrl.segment(c.source())), def.title());
            // The original's address when the data has one; otherwise the copy this service serves.
            work.put("url", def.url() != null ? def.url() : work.get("@id"));
            if (author != null) {
                work.put("author", author);
            }
            if (def.publisher() != null) {
                work.put("publisher", Map.of("@type", "Organization", "name", def.publisher()));
            }
            if (def.language() != null) {
                work.put("inLanguage", def.language());
            }
            if (def.published() != null) {
                work.put("datePublished", def.published().toString());
            }
            // A claim is quoted from exactly one source: where it appears is where it first appeared.
            item.put("appearance", List.of(work));
            item.put("firstAppearance", work);
        });
        return item;
    }

    /** What the claim is about: the entity and the property compared, as the catalog names them. */
    private List<Map<String, Object>> about(Finding f) {
        var catalog = dataset.catalog();
        Map<String, Object> subject = node("Thing", urls.of("/api/v1/entities/" + PublicUrl.segment(f.subject())),
                catalog.entity(f.subject()).map(EntityDef::displayName).orElse(f.subject()));
        subject.put("identifier", f.subject());
        Map<String, Object> property = node("DefinedTerm", urls.of("/api/v1/properties/" + PublicUrl.segment(f.property())),
                catalog.property(f.property()).map(PropertyDef::displayLabel).orElse(f.property()));
        property.put("termCode", f.property());
        return List.of(subject, property);
    }

    /** The source's authors as people or, when it names none, its publisher as an organisation. */
    private static Object author(SourceDef def) {
        if (!def.authors().isEmpty()) {
            return def.authors().stream().map(a -> Map.of("@type", "Person", "name", a)).toList();
        }
        return def.publisher() == null ? null : Map.of("@type", "Organization", "name", def.publisher());
    }

    private Map<String, Object> organisation() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", "Organization");
        o.put("name", "crosscheck");
        o.put("url", urls.of("/"));
        return o;
    }

    private static Map<String, Object> node(String type, String id, String name) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("@type", type);
        n.put("@id", id);
        n.put("name", name);
        return n;
    }

    /** A finding stands as its claims last left it: its review dates from the latest change among them. */
    private static String published(Finding f, Map<String, StoredClaim> stored) {
        return f.claims().stream().map(c -> stored.get(c.claimId())).filter(Objects::nonNull).map(StoredClaim::updatedAt)
                .filter(Objects::nonNull).max(OffsetDateTime::compareTo)
                .map(t -> t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .orElse(null);
    }
}
