package dev.crosscheck.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.CurrentCatalog;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.history.ClaimRevision;
import dev.crosscheck.claim.value.ValueNormalizer;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.text.TextFolder;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.source.anchor.Anchor;
import dev.crosscheck.source.anchor.QuoteAnchorer;
import dev.crosscheck.source.anchor.TextPositionSelector;
import dev.crosscheck.source.anchor.TextQuoteSelector;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored claims: queries, and the conversion between rows and verified {@link Claim}s. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimService {

    private static final TypeReference<LinkedHashMap<String, String>> QUALIFIERS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final CurrentCatalog dataset;
    private final SourceService sources;

    public ClaimService(ObjectMapper json, CurrentCatalog dataset, SourceService sources) {
        this.json = json;
        this.dataset = dataset;
        this.sources = sources;
    }

    /** A claim by id, retracted or not. */
    public Optional<StoredClaim> find(String id) {
        return ClaimEntity.<ClaimEntity>findByIdOptional(id).map(this::toStored);
    }

    /**
     * The claims among these ids that exist, retracted or not, by id: one query per thousand ids
     * instead of one per claim, for whatever follows a large change.
     */
    public Map<String, StoredClaim> findAll(java.util.Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        Map<String, StoredClaim> out = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += FIND_CHUNK) {
            ClaimEntity.<ClaimEntity>list("id in ?1", all.subList(from, Math.min(all.size(), from + FIND_CHUNK)))
                    .forEach(e -> out.put(e.id, toStored(e)));
        }
        return out;
    }

    private static final int FIND_CHUNK = 1_000;

    public StoredClaim get(String id) {
        return find(id).orElseThrow(() -> DomainException.notFound("claim", id));
    }

    /** Every claim in force (not retracted): what findings and checks are computed from. */
    public List<Claim> active() {
        return ClaimEntity.<ClaimEntity>list("retracted = false", Sort.by("id")).stream().map(this::toClaim).toList();
    }

    /** Every claim in force, with its version and last change: what a check cites. */
    public List<StoredClaim> activeStored() {
        return ClaimEntity.<ClaimEntity>list("retracted = false", Sort.by("id")).stream().map(this::toStored).toList();
    }

    public long count() {
        return ClaimEntity.count();
    }

    public ClaimPage search(ClaimQuery q) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!q.includeRetracted()) {
            where.add("retracted = false");
        }
        if (q.subjects() != null) {
            where.add("subject in :subjects");
            params.and("subjects", q.subjects());
        }
        if (q.property() != null) {
            where.add("property = :property");
            params.and("property", q.property());
        }
        if (q.source() != null) {
            where.add("sourceId = :source");
            params.and("source", q.source());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.add("searchText like :text escape '\\'");
            params.and("text", "%" + escapeLike(TextFolder.fold(q.text())) + "%");
        }
        String hql = where.isEmpty() ? "" : String.join(" and ", where);
        var query = where.isEmpty() ? ClaimEntity.<ClaimEntity>findAll(Sort.by("id")) : ClaimEntity.<ClaimEntity>find(hql, Sort.by("id"), params);
        long total = query.count();
        List<StoredClaim> items = query.page(Page.of(q.page() - 1, q.size())).list().stream().map(this::toStored).toList();
        return new ClaimPage(items, total, q.page(), q.size());
    }

    /** Copies a verified claim's content into a row (new or existing); metadata is the caller's. */
    static void copy(Claim c, ClaimEntity e, ObjectMapper json) {
        e.id = c.id();
        e.subject = c.subject();
        e.property = c.property();
        e.valueJson = write(json, c.value());
        e.unit = c.unit();
        e.qualifiersJson = write(json, c.qualifiers());
        e.sourceId = c.source();
        e.quote = c.quote();
        e.exact = c.anchor().quote().exact();
        e.prefix = c.anchor().quote().prefix();
        e.suffix = c.anchor().quote().suffix();
        e.start = c.anchor().position().start();
        e.end = c.anchor().position().end();
        e.note = c.note();
        e.searchText = TextFolder.fold(c.quote() + " " + c.anchor().quote().exact() + " " + c.value());
    }

    StoredClaim toStored(ClaimEntity e) {
        return new StoredClaim(toClaim(e), e.version, e.retracted, e.retractionReason, e.updatedAt, e.updatedBy, e.datasetRevision);
    }

    Claim toClaim(ClaimEntity e) {
        Object value = read(e.valueJson, Object.class);
        Map<String, String> qualifiers = read(e.qualifiersJson, QUALIFIERS);
        Anchor anchor = new Anchor(new TextQuoteSelector(e.exact, e.prefix, e.suffix), new TextPositionSelector(e.start, e.end));
        return claim(e.id, e.subject, e.property, value, e.unit, qualifiers, e.sourceId, e.quote, anchor, e.note);
    }

    private Claim claim(String id, String subject, String property, Object value, String unit, Map<String, String> qualifiers,
                        String source, String quote, Anchor anchor, String note) {
        Catalog catalog = dataset.catalog();
        PropertyDef p = catalog.property(property).orElse(null);
        var normalized = p == null ? null : ValueNormalizer.normalize(p, value, unit, qualifiers, catalog).value();
        return new Claim(id, subject, property, value, unit, qualifiers, source, quote, anchor, normalized, note);
    }

    /**
     * The claim as a revision left it: the revision's snapshot of its fields, its selectors rebuilt
     * from the span the snapshot keeps (a stored source's text never changes), and the version,
     * time and actor of that revision.
     */
    public StoredClaim atRevision(ClaimRevision r) {
        Map<String, Object> s = r.snapshot();
        String source = (String) s.get("source");
        Anchor anchor = QuoteAnchorer.anchorAt(sources.get(source).folded().codePoints(), ((Number) s.get("start")).intValue(),
                ((Number) s.get("end")).intValue());
        Map<String, String> qualifiers = json.convertValue(s.get("qualifiers") == null ? Map.of() : s.get("qualifiers"), QUALIFIERS);
        Claim c = claim(r.claimId(), (String) s.get("subject"), (String) s.get("property"), s.get("value"), (String) s.get("unit"),
                qualifiers, source, (String) s.get("quote"), anchor, (String) s.get("note"));
        boolean retracted = Boolean.TRUE.equals(s.get("retracted"));
        return new StoredClaim(c, r.revision(), retracted, retracted ? (String) s.get("retractionReason") : null, r.recordedAt(), r.actor(),
                r.datasetRevision());
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String write(ObjectMapper json, Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private <T> T read(String s, Class<T> type) {
        try {
            return json.readValue(s, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("corrupt JSON in claim table", ex);
        }
    }

    private <T> T read(String s, TypeReference<T> type) {
        try {
            return json.readValue(s, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("corrupt JSON in claim table", ex);
        }
    }
}
