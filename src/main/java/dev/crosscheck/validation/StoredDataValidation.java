package dev.crosscheck.validation;

import dev.crosscheck.dataset.DatasetReader;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.shared.config.CrosscheckConfig;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.yaml.YamlDocument;
import dev.crosscheck.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation of uploaded claims files against what the running service holds: its catalog, its
 * stored sources and its rules. Only reads: nothing uploaded is stored.
 */
@ApplicationScoped
public class StoredDataValidation {

    private final ValidationService validation;
    private final DatasetService dataset;
    private final SourceService sources;
    private final CrosscheckConfig config;

    public StoredDataValidation(ValidationService validation, DatasetService dataset, SourceService sources, CrosscheckConfig config) {
        this.validation = validation;
        this.dataset = dataset;
        this.sources = sources;
        this.config = config;
    }

    public long maxBytes() {
        return validation.maxBytes();
    }

    public ValidationReport validate(List<ValidationService.Document> documents, ValidationOptions options) {
        // The rules file is re-read (it is small) because the report's ruleset version is the digest of its bytes.
        List<Issue> ignored = new ArrayList<>();
        YamlDocument rules = dataset.reader().parseFile(config.claimsDir().resolve(DatasetReader.RULES), ignored, false);
        return validation.validateDocuments(documents, dataset.catalog(), sources.byId(), rules, options);
    }
}
