package dev.crosscheck.claim.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ClaimPage", description = "One page of claims; total counts every match", requiredProperties = {"items", "total", "page", "size"})
public record ClaimPageV1(List<ClaimV1> items, long total, int page, int size) {
}
