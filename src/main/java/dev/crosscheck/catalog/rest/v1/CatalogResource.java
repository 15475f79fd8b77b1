package dev.crosscheck.catalog.rest.v1;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.CurrentCatalog;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.failure.DomainException;
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
import java.util.Set;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog", description = "Entities, properties and units the claims refer to")
public class CatalogResource {

    private final CurrentCatalog dataset;

    public CatalogResource(CurrentCatalog dataset) {
        this.dataset = dataset;
    }

    @GET
    @Path("/entities")
    @Operation(operationId = "listEntities", summary = "List entities, or find them by any name in any script (?name= in Simplified, Traditional or English)",
            description = "Every entity of the catalog with its names in Simplified and Traditional Chinese and English. Public.")
    public List<EntityV1> entities(@Parameter(description = "A name or id, in Simplified, Traditional or English") @QueryParam("name") String name,
                                   @Parameter(description = "Entity type, e.g. organization") @QueryParam("type") String type) {
        Catalog c = dataset.catalog();
        Set<String> ids = name == null || name.isBlank() ? null : c.entityIdsByName(name.strip());
        return c.entities().stream()
                .filter(e -> ids == null || ids.contains(e.id()))
                .filter(e -> type == null || type.equals(e.type()))
                .map(EntityV1::of).toList();
    }

    @GET
    @Path("/entities/{id}")
    @Operation(operationId = "getEntity", summary = "One entity with all its names",
            description = "One entity by id, with all its names. 404 when the catalog has no such entity. Public.")
    @APIResponse(responseCode = "200", description = "The entity")
    @APIResponse(responseCode = "404", description = "No such entity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntityV1 entity(@PathParam("id") String id) {
        return dataset.catalog().entity(id).map(EntityV1::of).orElseThrow(() -> DomainException.notFound("entity", id));
    }

    @GET
    @Path("/properties")
    @Operation(operationId = "listProperties", summary = "List properties with datatype, unit, tolerance and keywords",
            description = "Every property with its datatype, unit, tolerance, categories and generic words. Public.")
    public List<PropertyV1> properties() {
        return dataset.catalog().properties().stream().map(PropertyV1::of).toList();
    }

    @GET
    @Path("/properties/{id}")
    @Operation(operationId = "getProperty", summary = "One property",
            description = "One property by id. 404 when the catalog has no such property. Public.")
    @APIResponse(responseCode = "200", description = "The property")
    @APIResponse(responseCode = "404", description = "No such property",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PropertyV1 property(@PathParam("id") String id) {
        return dataset.catalog().property(id).map(PropertyV1::of).orElseThrow(() -> DomainException.notFound("property", id));
    }

    @GET
    @Path("/units")
    @Operation(operationId = "listUnits", summary = "List units and their dimensions",
            description = "Every unit with its dimension, conversion factor and names. Public.")
    public List<UnitV1> units() {
        return dataset.catalog().units().stream().map(UnitV1::of).toList();
    }
}
