package dev.crosscheck.claim.rest.v1;

import dev.crosscheck.claim.ClaimWriteService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ImportResult", description = "What an import did; 'kept' lists claims whose stored state differs and was not overwritten",
        requiredProperties = {"created", "updated", "unchanged", "kept", "datasetRevision"})
public record ImportResultV1(List<String> created, List<String> updated, List<String> unchanged, List<String> kept, long datasetRevision) {

    public static ImportResultV1 of(ClaimWriteService.ImportResult r) {
        return new ImportResultV1(r.created(), r.updated(), r.unchanged(), r.kept(), r.datasetRevision());
    }
}
