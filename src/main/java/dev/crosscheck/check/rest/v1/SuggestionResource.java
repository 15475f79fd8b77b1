package dev.crosscheck.check.rest.v1;

import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.check.CheckService;
import dev.crosscheck.check.Suggestion;
import dev.crosscheck.claim.rest.v1.ClaimV1;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.security.Roles;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.source.SourceText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/sources/{id}/suggestions")
@Tag(name = "sources", description = "Source documents and their text")
@APIResponse(responseCode = "429", ref = "RateLimited")
public class SuggestionResource {

    static final String YAML = "application/yaml";

    private final CheckService checks;
    private final SourceService sources;
    private final DatasetService dataset;

    public SuggestionResource(CheckService checks, SourceService sources, DatasetService dataset) {
        this.checks = checks;
        this.sources = sources;
        this.dataset = dataset;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Produces({MediaType.APPLICATION_JSON, YAML, Problem.MEDIA_TYPE})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "suggestClaims", summary = "Propose claims from a source's text (editor): one per figure, year, date, "
            + "category or membership statement, each anchored, parsed and scored; as JSON, or as a draft claims file (application/yaml)",
            description = "Proposes claims from a source's text, each anchored by the loader's anchorer, parsed, resolved against the catalog where something vouches for it, scored, and related to the stored claims; as JSON or as a draft claims file with TODO placeholders. Needs an editor key.")
    @APIResponse(responseCode = "200", description = "The suggestions in the order of the text",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestionsV1.class)),
                @Content(mediaType = YAML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                        description = "A claims file with TODO placeholders where a field is unresolved"))})
    @APIResponse(responseCode = "400", description = "minScore is not a number from 0 to 1",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = "The key is not an editor key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response suggest(@PathParam("id") String id,
                            @Parameter(description = "Leave out suggestions scoring below this, 0 to 1 (default " + Suggestion.DEFAULT_MIN_SCORE + "; 0 for all)",
                                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER,
                                            format = "double", minimum = "0", maximum = "1"))
                            @QueryParam("minScore") String minScore,
                            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        double min = minScore(minScore);
        SourceText source = sources.get(id);
        List<Suggestion> all = checks.suggest(source).stream().filter(s -> s.score() >= min).toList();
        boolean yaml = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(t -> t.isCompatible(MediaType.valueOf(YAML)) && !t.isWildcardType()).orElse(false);
        if (yaml) {
            return Response.ok(DraftClaimsFile.write(source, all), YAML + ";charset=UTF-8").build();
        }
        List<SuggestionsV1.SuggestionV1> items = new ArrayList<>(all.size());
        for (Suggestion s : all) {
            items.add(view(source, s));
        }
        int fresh = (int) all.stream().filter(s -> s.existing().isEmpty()).count();
        return Response.ok(new SuggestionsV1(source.id(), all.size(), fresh, items), MediaType.APPLICATION_JSON).build();
    }

    private SuggestionsV1.SuggestionV1 view(SourceText source, Suggestion s) {
        ClaimV1.Ref subject = s.subject() == null ? null : new ClaimV1.Ref(s.subject(),
                dataset.catalog().entity(s.subject()).map(EntityDef::displayName).orElse(s.subject()));
        List<String> unresolved = new ArrayList<>();
        if (s.subject() == null) {
            unresolved.add("subject");
        }
        if (s.property() == null) {
            unresolved.add("property");
        }
        return new SuggestionsV1.SuggestionV1(s.kind(), s.quote(),
                new ClaimV1.Target("/api/v1/sources/" + source.id(), s.anchor().quote(), s.anchor().position()), s.sentence(), subject,
                s.property(), s.candidates().isEmpty() ? null : s.candidates(), s.value(), s.unit(), s.unitText(), s.low(), s.high(), s.hedge(), s.qualifiers(), s.score(),
                unresolved.isEmpty() ? null : unresolved, words(s),
                s.existing().stream().map(e -> new SuggestionsV1.ExistingV1(e.claimId(), e.relation().name(), e.sameSpan())).toList());
    }

    /** The words a suggestion saw for what it could not resolve; absent when it resolved both. */
    private static java.util.Map<String, List<String>> words(Suggestion s) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        if (s.subject() == null && !s.subjectWords().isEmpty()) {
            out.put("subject", s.subjectWords());
        }
        if (s.property() == null && !s.propertyWords().isEmpty()) {
            out.put("property", s.propertyWords());
        }
        return out.isEmpty() ? null : out;
    }

    private static double minScore(String raw) {
        if (raw == null || raw.isBlank()) {
            return Suggestion.DEFAULT_MIN_SCORE;
        }
        try {
            double v = Double.parseDouble(raw.strip());
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw DomainException.badParameter("minScore", "must be a number from 0 to 1");
    }
}
