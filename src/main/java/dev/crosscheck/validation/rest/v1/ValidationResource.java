package dev.crosscheck.validation.rest.v1;

import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.validation.FailOn;
import dev.crosscheck.validation.StoredDataValidation;
import dev.crosscheck.validation.ValidationOptions;
import dev.crosscheck.validation.ValidationReport;
import dev.crosscheck.validation.ValidationService;
import dev.crosscheck.validation.report.JsonReport;
import dev.crosscheck.validation.report.ReportFormat;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Path("/api/v1/validations")
@Tag(name = "validations", description = "Validate claims files as the command line does, without storing anything")
@APIResponse(responseCode = "429", ref = "RateLimited")
public class ValidationResource {

    static final String YAML = "application/yaml";
    static final String SARIF = "application/sarif+json";
    static final String OPERATION_SUMMARY = "Validate claims files as the command line does, without storing anything";
    static final String OPERATION_DESCRIPTION = "The body is one claims file (application/yaml or application/json), or a "
            + "multipart/form-data request with several files, one per part named files, each known by its file name; files named "
            + "entities.yaml, properties.yaml or rules.yaml replace the service's own for this validation. Claims are checked against the "
            + "service's catalog, stored sources and rules. Accept picks the report: JSON (default), SARIF 2.1.0 "
            + "(application/sarif+json), JUnit XML (application/xml) or text (text/plain). Each file may be at most "
            + "crosscheck.max-document-bytes (default 10 MB): larger gives 413.";

    private final StoredDataValidation validation;
    private final java.net.URI docsUrl;

    public ValidationResource(StoredDataValidation validation, dev.crosscheck.shared.config.CrosscheckConfig config) {
        this.validation = validation;
        this.docsUrl = config.docsUrl();
    }

    @POST
    @Consumes({YAML, "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON})
    @Produces({MediaType.APPLICATION_JSON, SARIF, MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN})
    @Operation(operationId = "validateClaims", summary = OPERATION_SUMMARY, description = OPERATION_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The validation result, valid or not, in the format Accept asks for",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JsonReport.class)),
                @Content(mediaType = SARIF, schema = @Schema(type = SchemaType.OBJECT,
                        description = "SARIF 2.1.0 log: one run, rules = check ids, results located in the files")),
                @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING,
                        description = "JUnit XML: a test suite per file, a failing test case per failing issue")),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING,
                        description = "file:line:column: severity: message [check] lines and a summary"))})
    @APIResponse(responseCode = "400", description = "Unknown failOn value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over the configured size limit (default 10 MB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response validateBody(InputStream body,
                                 @Parameter(description = "File name the report refers to (default body.yaml or body.json)")
                                 @QueryParam("name") String name,
                                 @Parameter(description = "error, conflict (default) or tension") @QueryParam("failOn") String failOn,
                                 @Context HttpHeaders headers) {
        boolean json = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE);
        String fileName = name == null || name.isBlank() ? (json ? "body.json" : "body.yaml") : name.strip();
        byte[] bytes = readLimited(body, fileName);
        return respond(List.of(new ValidationService.Document(fileName, bytes)), failOn, headers);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, SARIF, MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN})
    // The same operation as validateBody, by another media type: SmallRye merges the two, and one operationId names it.
    @Operation(summary = OPERATION_SUMMARY, description = OPERATION_DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ValidationFilesV1.class)))
    // The 200 response is validateBody's: the two handlers are one operation, documented once.
    @APIResponse(responseCode = "400", description = "No file, or unknown failOn value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A file is over the configured size limit (default 10 MB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response validateFiles(@Schema(hidden = true) @RestForm(FileUpload.ALL) List<FileUpload> files,
                                  @Parameter(description = "error, conflict (default) or tension") @QueryParam("failOn") String failOn,
                                  @Context HttpHeaders headers) {
        if (files == null || files.isEmpty()) {
            throw DomainException.invalidInput("the multipart request holds no file", null);
        }
        List<ValidationService.Document> docs = new ArrayList<>();
        for (FileUpload f : files) {
            String fileName = f.fileName() == null || f.fileName().isBlank() ? f.name() : f.fileName();
            if (f.size() > validation.maxBytes()) {
                throw tooLarge(fileName);
            }
            try {
                docs.add(new ValidationService.Document(fileName, Files.readAllBytes(f.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return respond(docs, failOn, headers);
    }

    private Response respond(List<ValidationService.Document> docs, String failOn, HttpHeaders headers) {
        ValidationReport report = validation.validate(docs, new ValidationOptions(failOn(failOn), Set.of()));
        ReportFormat format = format(headers);
        StreamingOutput body = out -> format.writer(false, docsUrl).write(report, out);
        return Response.ok(body, format.mediaType() + (format == ReportFormat.TEXT ? ";charset=UTF-8" : "")).build();
    }

    /** The first acceptable media type (by quality) that a report format is served as; JSON for wildcards. */
    static ReportFormat format(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return ReportFormat.JSON;
            }
            for (ReportFormat f : List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT, ReportFormat.TEXT)) {
                if (accepted.isCompatible(MediaType.valueOf(f.mediaType()))) {
                    return f;
                }
            }
        }
        return ReportFormat.JSON;
    }

    private static FailOn failOn(String value) {
        if (value == null || value.isBlank()) {
            return FailOn.CONFLICT;
        }
        try {
            return FailOn.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badParameter("failOn", "must be error, conflict or tension");
        }
    }

    private byte[] readLimited(InputStream body, String fileName) {
        long max = validation.maxBytes();
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge(fileName);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DomainException tooLarge(String fileName) {
        return DomainException.tooLarge(fileName + " is over the limit of " + validation.maxBytes() + " bytes");
    }
}
