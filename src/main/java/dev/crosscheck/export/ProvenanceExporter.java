package dev.crosscheck.export;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.claim.history.ClaimRevision;
import dev.crosscheck.claim.history.RevisionService;
import dev.crosscheck.source.SourceDef;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.source.SourceText;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A claim's provenance as W3C PROV-JSON: the claim is an entity derived from its source by
 * quotation (PROV's wasQuotedFrom, which PROV-JSON writes as {@code wasDerivedFrom} with
 * {@code prov:type} {@code prov:Quotation}), carrying both Web Annotation selectors; the source is
 * attributed to its authors or publisher; every revision is an activity associated with its
 * agent at its time, and the claim is attributed to the agent of its latest revision.
 */
@ApplicationScoped
public class ProvenanceExporter {

    static final String NS = "crosscheck";

    private final ClaimService claims;
    private final SourceService sources;
    private final RevisionService revisions;

    public ProvenanceExporter(ClaimService claims, SourceService sources, RevisionService revisions) {
        this.claims = claims;
        this.sources = sources;
        this.revisions = revisions;
    }

    public Map<String, Object> prov(String claimId) {
        StoredClaim stored = claims.get(claimId);
        Claim c = stored.claim();
        SourceText source = sources.get(c.source());
        List<ClaimRevision> history = revisions.history(claimId);
        String claimRef = NS + ":claim/" + c.id();
        String sourceRef = NS + ":source/" + c.source();

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("prefix", Map.of(NS, "urn:crosscheck:", "oa", "http://www.w3.org/ns/oa#", "schema", "https://schema.org/"));
        Map<String, Object> entities = new LinkedHashMap<>();
        Map<String, Object> agents = new LinkedHashMap<>();
        Map<String, Object> activities = new LinkedHashMap<>();
        Map<String, Object> generated = new LinkedHashMap<>();
        Map<String, Object> associated = new LinkedHashMap<>();
        Map<String, Object> attributed = new LinkedHashMap<>();

        Map<String, Object> claimEntity = new LinkedHashMap<>();
        claimEntity.put("prov:type", NS + ":Claim");
        claimEntity.put("prov:label", c.quote());
        claimEntity.put(NS + ":subject", c.subject());
        claimEntity.put(NS + ":property", c.property());
        claimEntity.put(NS + ":value", String.valueOf(c.value()));
        claimEntity.put(NS + ":version", stored.version());
        claimEntity.put(NS + ":retracted", stored.retracted());
        entities.put(claimRef, claimEntity);
        entities.put(sourceRef, sourceEntity(source));

        SourceDef def = source.def();
        List<String> sourceAgents = new ArrayList<>(def.authors());
        if (sourceAgents.isEmpty() && def.publisher() != null) {
            sourceAgents.add(def.publisher());
        }
        int n = 0;
        for (String name : sourceAgents) {
            String ref = NS + ":author/" + slug(name);
            agents.put(ref, Map.of("prov:type", def.authors().contains(name) ? "prov:Person" : "prov:Organization", "prov:label", name));
            attributed.put("_:source-attribution-" + (++n), Map.of("prov:entity", sourceRef, "prov:agent", ref));
        }
        for (ClaimRevision r : history) {
            String activity = NS + ":revision/" + c.id() + "/" + r.revision();
            String agent = NS + ":agent/" + slug(r.actor());
            agents.putIfAbsent(agent, Map.of("prov:type", "prov:SoftwareAgent", "prov:label", r.actor()));
            Map<String, Object> act = new LinkedHashMap<>();
            act.put("prov:type", NS + ":" + r.action().name().toLowerCase(java.util.Locale.ROOT));
            act.put("prov:startTime", r.recordedAt().toString());
            act.put("prov:endTime", r.recordedAt().toString());
            act.put(NS + ":datasetRevision", r.datasetRevision());
            if (r.comment() != null) {
                act.put("prov:label", r.comment());
            }
            activities.put(activity, act);
            generated.put("_:generation-" + r.revision(), Map.of("prov:entity", claimRef, "prov:activity", activity,
                    "prov:time", r.recordedAt().toString()));
            associated.put("_:association-" + r.revision(), Map.of("prov:activity", activity, "prov:agent", agent));
        }
        if (!history.isEmpty()) {
            ClaimRevision last = history.get(history.size() - 1);
            attributed.put("_:claim-attribution", Map.of("prov:entity", claimRef, "prov:agent", NS + ":agent/" + slug(last.actor())));
        }
        Map<String, Object> quotation = new LinkedHashMap<>();
        quotation.put("prov:generatedEntity", claimRef);
        quotation.put("prov:usedEntity", sourceRef);
        quotation.put("prov:type", "prov:Quotation");
        quotation.put("oa:hasSelector", List.of(c.anchor().quote(), c.anchor().position()));

        doc.put("entity", entities);
        doc.put("agent", agents);
        doc.put("activity", activities);
        doc.put("wasGeneratedBy", generated);
        doc.put("wasAssociatedWith", associated);
        doc.put("wasAttributedTo", attributed);
        doc.put("wasDerivedFrom", Map.of("_:wasQuotedFrom", quotation));
        return doc;
    }

    private static Map<String, Object> sourceEntity(SourceText s) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("prov:type", NS + ":Source");
        e.put("prov:label", s.def().title());
        e.put(NS + ":sha256", s.sha256());
        e.put(NS + ":length", s.length());
        if (s.def().url() != null) {
            e.put("prov:location", s.def().url());
        }
        return e;
    }

    static String slug(String s) {
        return java.net.URLEncoder.encode(s.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
