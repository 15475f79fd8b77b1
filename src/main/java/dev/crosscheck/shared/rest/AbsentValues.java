package dev.crosscheck.shared.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * One rule for absent values in every JSON response (ADR 0015): a field without a value is left
 * out, never written as {@code null}. The contract marks such fields as not required, so a client
 * tests for presence and a schema that says "string" always means a string. Map entries are data
 * and keep their nulls (a revision's snapshot, a PROV document).
 */
@Singleton
public class AbsentValues implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS));
    }
}
