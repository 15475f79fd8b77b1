package dev.crosscheck.check.rest.v1;

import dev.crosscheck.check.CheckInput;
import dev.crosscheck.check.CheckService;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.rest.RequestBudgets;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/checks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "checks", description = "Check a sentence or a claim against the sources")
@APIResponse(responseCode = "429", ref = "RateLimited")
public class CheckResource {

    private final CheckService checks;
    private final CheckViews views;
    private final RequestBudgets budgets;

    public CheckResource(CheckService checks, CheckViews views, RequestBudgets budgets) {
        this.checks = checks;
        this.views = views;
        this.budgets = budgets;
    }

    @POST
    @Operation(operationId = "check", summary = "Check one sentence or structured claim: verdict, interpretation, evidence, explanation",
            description = "Checks one sentence (zh-Hans, zh-Hant or en) or a structured claim against the stored claims: the verdict, every part of the sentence with its role, the evidence with quotes and selectors, the sources' findings and what no claim covers. Public.")
    @APIResponse(responseCode = "200", description = "The verdict with the evidence; NOT_ENOUGH_INFO when the sentence cannot be read")
    @APIResponse(responseCode = "400", description = "Malformed or invalid request (text too long, unknown property in a structured claim …)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckResponseV1 check(@Valid @NotNull(message = "a JSON body is required") CheckRequestV1 request) {
        return views.view(checks.check(views.input(request)));
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "checkBatch", summary = "Check up to 1,000 statements in one request, answered in order",
            description = "Checks up to 1,000 sentences or structured claims, at most 50,000 characters of text in all, answered in order. Public.")
    @APIResponse(responseCode = "200", description = "One result per item, in order")
    @APIResponse(responseCode = "400", description = "Malformed or invalid request; errors point at the item (/items/3/text)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The texts of the batch hold more than 50,000 characters in all",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The batch ran past its time budget (crosscheck.request-deadline) on a busy "
            + "service; retry after Retry-After seconds, or send fewer items",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResponseV1 batch(@Valid @NotNull(message = "a JSON body is required") BatchRequestV1 request,
                                 @Context HttpServerRequest http) {
        // Checking costs time per character: a batch gets the budget of a draft, so one request cannot hold a core for minutes.
        long characters = request.items().stream().filter(i -> i.text() != null).mapToLong(i -> i.text().length()).sum();
        if (characters > BatchRequestV1.MAX_CHARACTERS) {
            throw DomainException.tooLarge("the batch holds " + characters + " characters of text; at most " + BatchRequestV1.MAX_CHARACTERS
                    + " are checked in one request (split it)");
        }
        List<CheckInput> inputs = new java.util.ArrayList<>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            try {
                inputs.add(views.input(request.items().get(i)));
            } catch (DomainException e) {
                throw e.within("/items/" + i, "item " + i);
            }
        }
        // Checked item by item: the work stops when the client has gone or the deadline has passed.
        return new BatchResponseV1(checks.checkAll(inputs, budgets.of(http)).stream().map(views::view).toList());
    }

    @POST
    @Path("/draft")
    @Operation(operationId = "checkDraft", summary = "Check a whole draft: split into sentences, each checked like POST /checks, with a summary",
            description = "Splits a draft of up to 50,000 characters into sentences and checks each like POST /api/v1/checks; sentences with nothing to check are marked so. Spans count code points. Public.")
    @APIResponse(responseCode = "200", description = "Every sentence with its code point span and verdict; sentences with nothing "
            + "to check are marked NOTHING_TO_CHECK")
    @APIResponse(responseCode = "400", description = "Malformed or invalid request (no text, text over 50,000 characters, unknown lang)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The draft's check ran past its time budget (crosscheck.request-deadline) on a "
            + "busy service; retry after Retry-After seconds, or send a shorter draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DraftResponseV1 draft(@Valid @NotNull(message = "a JSON body is required") DraftRequestV1 request,
                                 @Context HttpServerRequest http) {
        return views.view(checks.checkDraft(request.text(), request.lang(), budgets.of(http)));
    }
}
