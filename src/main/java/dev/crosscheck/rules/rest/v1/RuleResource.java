package dev.crosscheck.rules.rest.v1;

import dev.crosscheck.rules.FindingsService;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.failure.DomainException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "findings")
public class RuleResource {

    private final FindingsService findings;

    public RuleResource(FindingsService findings) {
        this.findings = findings;
    }

    @Schema(name = "RuleSet", description = "The rules in force, as declared in rules.yaml")
    public record RuleSetV1(@Schema(description = "SHA-256 of rules.yaml") String rulesetVersion, List<Map<String, Object>> rules) {
    }

    @GET
    @Operation(operationId = "listRules", summary = "The rules in force and the ruleset version",
            description = "The rules of the rules engine with their parameters and the qualifier policy. Public.")
    public RuleSetV1 list() {
        return new RuleSetV1(findings.rulesetVersion(), findings.ruleDeclarations());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRule", summary = "One rule: id, kind, description, severity and parameters",
            description = "One rule of the rules engine by id, as declared in claims/rules.yaml. Public.")
    @APIResponse(responseCode = "200", description = "The rule")
    @APIResponse(responseCode = "404", description = "No such rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> get(@PathParam("id") String id) {
        return findings.ruleDeclarations().stream().filter(r -> id.equals(r.get("id"))).findFirst()
                .orElseThrow(() -> DomainException.notFound("rule", id));
    }
}
