package dev.crosscheck.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.claim.history.ClaimRevision;
import dev.crosscheck.claim.history.RevisionService;
import dev.crosscheck.shared.config.PublicUrl;
import dev.crosscheck.source.SourceDef;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.source.SourceText;
import dev.crosscheck.source.anchor.Anchor;
import dev.crosscheck.source.anchor.QuoteAnchorer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.crosscheck.export.ProvJson.dateTime;
import static dev.crosscheck.export.ProvJson.qname;
import static dev.crosscheck.export.ProvJson.qnames;
import static dev.crosscheck.export.ProvJson.time;

/**
 * A claim's provenance as W3C PROV-JSON. Every revision of the claim is an activity of its
 * agent; each revision that changes the content generates one entity, a version of the claim
 * ({@code specializationOf} the claim), which {@code wasRevisionOf} the version before it and
 * {@code wasQuotedFrom} its source. PROV-JSON writes both as {@code wasDerivedFrom} typed
 * {@code prov:Revision} or {@code prov:Quotation}. A quotation points at the version's two W3C Web
 * Annotation selectors, entities of their own whose attributes are the {@code oa:} properties. A
 * retraction generates nothing: it invalidates the version in force. Ids are URLs under the
 * configured public URL: a version's id is where {@code ?revision=N} serves it.
 */
@ApplicationScoped
public class ProvenanceExporter {

    static final String NS = "crosscheck";
    static final String VOCABULARY = "urn:crosscheck:";
    static final String OA = "http://www.w3.org/ns/oa#";

    private final ClaimService claims;
    private final SourceService sources;
    private final RevisionService revisions;
    private final PublicUrl urls;
    private final ObjectMapper json;

    public ProvenanceExporter(ClaimService claims, SourceService sources, RevisionService revisions, PublicUrl urls, ObjectMapper json) {
        this.claims = claims;
        this.sources = sources;
        this.revisions = revisions;
        this.urls = urls;
        this.json = json;
    }

    public Map<String, Object> prov(String claimId) {
        StoredClaim stored = claims.get(claimId);
        String path = "/api/v1/claims/" + PublicUrl.segment(claimId);
        ProvJson doc = new ProvJson()
                .prefix("oa", OA)
                .prefix(NS, VOCABULARY)
                .prefix("claim", urls.of("/api/v1/claims/"))
                .prefix("source", urls.of("/api/v1/sources/"))
                .prefix("version", urls.of(path + "?revision="))
                .prefix("revision", urls.of(path + "/revisions#"))
                .prefix("actor", VOCABULARY + "actor:")
                .prefix("author", VOCABULARY + "author:")
                .prefix("publisher", VOCABULARY + "publisher:");

        String claimRef = "claim:" + PublicUrl.segment(claimId);
        Map<String, Object> claim = doc.entity(claimRef);
        claim.put("prov:type", qname(NS + ":Claim"));
        claim.put("prov:label", claimId);
        claim.put(NS + ":version", stored.version());
        claim.put(NS + ":retracted", stored.retracted());
        if (stored.retractionReason() != null) {
            claim.put(NS + ":retractionReason", stored.retractionReason());
        }

        String current = null;
        for (ClaimRevision r : revisions.history(claimId)) {
            String activity = revisionActivity(doc, r);
            if (r.action() == ClaimRevision.Action.RETRACT) {
                if (current != null) {
                    doc.relation("wasInvalidatedBy", "prov:entity", current, "prov:activity", activity, "prov:time", time(r.recordedAt()));
                }
                continue;
            }
            String version = "version:" + r.revision();
            version(doc, r, version, claimRef, activity);
            if (current != null) {
                doc.relation("used", "prov:activity", activity, "prov:entity", current, "prov:time", time(r.recordedAt()));
                doc.relation("wasDerivedFrom", "prov:generatedEntity", version, "prov:usedEntity", current, "prov:activity", activity,
                        "prov:type", qname("prov:Revision"));
            }
            current = version;
        }
        return doc.toMap();
    }

    /** The revision as an activity of its agent, at the instant it was recorded. */
    private static String revisionActivity(ProvJson doc, ClaimRevision r) {
        String activity = "revision:" + r.revision();
        String agent = "actor:" + slug(r.actor());
        Map<String, Object> a = doc.agent(agent);
        a.put("prov:type", qname("prov:Agent"));
        a.put("prov:label", r.actor());
        Map<String, Object> act = doc.activity(activity);
        act.put("prov:startTime", time(r.recordedAt()));
        act.put("prov:endTime", time(r.recordedAt()));
        act.put("prov:type", qname(NS + ":" + r.action().name().toLowerCase(Locale.ROOT)));
        act.put(NS + ":datasetRevision", r.datasetRevision());
        if (!r.changes().isEmpty()) {
            act.put(NS + ":changed", r.changes());
        }
        if (r.comment() != null) {
            act.put("prov:label", r.comment());
        }
        doc.relation("wasAssociatedWith", "prov:activity", activity, "prov:agent", agent);
        return activity;
    }

    /** One version of the claim: its content as the revision left it, generated by that revision. */
    private void version(ProvJson doc, ClaimRevision r, String version, String claimRef, String activity) {
        Map<String, Object> s = r.snapshot();
        Map<String, Object> e = doc.entity(version);
        e.put("prov:type", qname(NS + ":ClaimVersion"));
        e.put("prov:label", s.get("quote"));
        e.put(NS + ":revision", r.revision());
        for (String field : List.of("subject", "property", "value", "unit", "qualifiers", "quote", "note")) {
            Object v = s.get(field);
            if (v != null && !(v instanceof Map<?, ?> m && m.isEmpty())) {
                e.put(NS + ":" + field, scalar(v));
            }
        }
        e.put(NS + ":recordedAt", dateTime(r.recordedAt()));
        doc.relation("wasGeneratedBy", "prov:entity", version, "prov:activity", activity, "prov:time", time(r.recordedAt()));
        doc.relation("specializationOf", "prov:specificEntity", version, "prov:generalEntity", claimRef);
        doc.relation("wasAttributedTo", "prov:entity", version, "prov:agent", "actor:" + slug(r.actor()));

        String sourceId = String.valueOf(s.get("source"));
        String sourceRef = "source:" + PublicUrl.segment(sourceId);
        Optional<SourceText> source = sources.find(sourceId);
        if (!doc.has("entity", sourceRef)) {
            source(doc, sourceRef, sourceId, source);
        }
        Map<String, Object> quotation = doc.relation("wasDerivedFrom", "prov:generatedEntity", version, "prov:usedEntity", sourceRef,
                "prov:activity", activity, "prov:type", qname("prov:Quotation"));
        if (source.isPresent() && s.get("start") instanceof Number start && s.get("end") instanceof Number end) {
            Anchor anchor = QuoteAnchorer.anchorAt(source.get().folded().codePoints(), start.intValue(), end.intValue());
            quotation.put("oa:hasSelector", qnames(selectors(doc, version, anchor)));
        }
    }

    /** Both Web Annotation selectors of a version as entities with scalar {@code oa:} attributes. */
    private static String[] selectors(ProvJson doc, String version, Anchor anchor) {
        String quoteRef = version + "#quote";
        Map<String, Object> quote = doc.entity(quoteRef);
        quote.put("prov:type", qname("oa:TextQuoteSelector"));
        quote.put("oa:exact", anchor.quote().exact());
        quote.put("oa:prefix", anchor.quote().prefix());
        quote.put("oa:suffix", anchor.quote().suffix());
        String positionRef = version + "#position";
        Map<String, Object> position = doc.entity(positionRef);
        position.put("prov:type", qname("oa:TextPositionSelector"));
        position.put("oa:start", anchor.position().start());
        position.put("oa:end", anchor.position().end());
        return new String[]{quoteRef, positionRef};
    }

    /** The source, attributed to its authors or, when it names none, its publisher. */
    private static void source(ProvJson doc, String sourceRef, String sourceId, Optional<SourceText> text) {
        Map<String, Object> e = doc.entity(sourceRef);
        e.put("prov:type", qname(NS + ":Source"));
        if (text.isEmpty()) {
            e.put("prov:label", sourceId);
            return;
        }
        SourceDef def = text.get().def();
        e.put("prov:label", def.title());
        e.put(NS + ":sha256", text.get().sha256());
        e.put(NS + ":length", text.get().length());
        if (def.url() != null) {
            e.put("prov:location", ProvJson.uri(def.url()));
        }
        for (String author : def.authors()) {
            attribute(doc, sourceRef, "author:" + slug(author), "prov:Person", author);
        }
        if (def.authors().isEmpty() && def.publisher() != null) {
            attribute(doc, sourceRef, "publisher:" + slug(def.publisher()), "prov:Organization", def.publisher());
        }
    }

    private static void attribute(ProvJson doc, String entity, String agent, String type, String name) {
        Map<String, Object> a = doc.agent(agent);
        a.put("prov:type", qname(type));
        a.put("prov:label", name);
        doc.relation("wasAttributedTo", "prov:entity", entity, "prov:agent", agent);
    }

    /** A PROV attribute value: strings, numbers and booleans as they are, lists and maps as an rdf:JSON literal. */
    private Object scalar(Object v) {
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        try {
            return ProvJson.typed(json.writeValueAsString(v), "rdf:JSON");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PROV-N local name: percent-encoded, so names with spaces or CJK characters stay one token. */
    static String slug(String s) {
        return PublicUrl.segment(s.strip());
    }
}
