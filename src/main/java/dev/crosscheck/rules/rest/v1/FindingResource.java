package dev.crosscheck.rules.rest.v1;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.rest.v1.SubjectParam;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.rules.Finding;
import dev.crosscheck.rules.FindingsService;
import dev.crosscheck.rules.Relation;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.rest.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "findings", description = "Agreements, conflicts and tensions between sources, from the rules engine")
public class FindingResource {

    private final FindingsService findings;
    private final DatasetService dataset;

    public FindingResource(FindingsService findings, DatasetService dataset) {
        this.findings = findings;
        this.dataset = dataset;
    }

    @GET
    @Operation(operationId = "listFindings", summary = "List findings, filtered and paginated",
            description = "Where the sources agree, conflict or are in tension, filtered by kind, subject, property, source or rule, paginated. Public.")
    @APIResponse(responseCode = "200", description = "A page of findings")
    @APIResponse(responseCode = "400", description = "Unknown filter value or bad page parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FindingPageV1 list(@Parameter(description = "AGREEMENT, CONFLICT or TENSION") @QueryParam("kind") String kind,
                              @Parameter(description = "Subject entity: id or any name in any script") @QueryParam("subject") String subject,
                              @Parameter(description = "Property id") @QueryParam("property") String property,
                              @Parameter(description = "Source id: findings citing a claim from it") @QueryParam("source") String source,
                              @Parameter(description = "Rule id") @QueryParam("rule") String rule,
                              @Parameter(description = "Page number, from 1", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "10737418")) @QueryParam("page") String page,
                              @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        Predicate<Finding> filter = filter(kind, subject, property, source, rule);
        int p = QueryParams.page(page);
        int s = QueryParams.size(size);
        var snapshot = findings.all();
        List<Finding> matching = snapshot.findings().stream().filter(filter).toList();
        List<FindingV1> items = matching.stream().skip((long) (p - 1) * s).limit(s).map(FindingV1::of).toList();
        return new FindingPageV1(snapshot.rulesetVersion(), snapshot.datasetRevision(), matching.size(), p, s, items);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFinding", summary = "One finding with the claims, quotes and selectors of each side",
            description = "One finding with each side's claim, quote and selectors. Finding ids are stable while the claims and rules are. Public.")
    @APIResponse(responseCode = "200", description = "The finding")
    @APIResponse(responseCode = "404", description = "No such finding (ids are stable while the claims and rules are)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FindingV1 get(@PathParam("id") String id) {
        return FindingV1.of(findings.get(id));
    }

    private Predicate<Finding> filter(String kind, String subject, String property, String source, String rule) {
        Catalog catalog = dataset.catalog();
        Predicate<Finding> p = f -> true;
        if (kind != null) {
            Relation k = parseKind(kind);
            p = p.and(f -> f.kind() == k);
        }
        Set<String> ids = SubjectParam.resolve(catalog, subject);
        if (ids != null) {
            p = p.and(f -> ids.contains(f.subject()) || f.claims().stream().anyMatch(c -> ids.contains(c.subject())));
        }
        if (property != null) {
            if (catalog.property(property).isEmpty()) {
                throw DomainException.badParameter("property", "unknown property '" + property + "'");
            }
            p = p.and(f -> property.equals(f.property()) || f.claims().stream().anyMatch(c -> property.equals(c.property())));
        }
        if (source != null) {
            p = p.and(f -> f.claims().stream().anyMatch(c -> source.equals(c.source())));
        }
        if (rule != null) {
            if (findings.rules().specs().stream().noneMatch(r -> r.id().equals(rule))) {
                throw DomainException.badParameter("rule", "unknown rule '" + rule + "'");
            }
            p = p.and(f -> rule.equals(f.ruleId()));
        }
        return p;
    }

    static Relation parseKind(String kind) {
        try {
            Relation r = Relation.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            if (r != Relation.NOT_COMPARABLE) {
                return r;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw DomainException.badParameter("kind", "must be AGREEMENT, CONFLICT or TENSION");
    }
}
