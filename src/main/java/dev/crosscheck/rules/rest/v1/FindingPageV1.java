package dev.crosscheck.rules.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "FindingPage", description = "Findings with the ruleset version and dataset revision they were computed at",
        requiredProperties = {"rulesetVersion", "datasetRevision", "total", "page", "size", "items"})
public record FindingPageV1(@Schema(description = "SHA-256 of rules.yaml") String rulesetVersion, long datasetRevision,
                            long total, int page, int size, List<FindingV1> items) {
}
