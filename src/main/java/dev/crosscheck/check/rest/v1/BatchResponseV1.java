package dev.crosscheck.check.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CheckBatchResult", description = "One result per request item, in the same order")
public record BatchResponseV1(List<CheckResponseV1> results) {
}
