package dev.crosscheck.dataset;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.CurrentCatalog;
import dev.crosscheck.shared.config.CrosscheckConfig;
import dev.crosscheck.shared.yaml.YNode;
import dev.crosscheck.shared.yaml.YamlDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The curated reference data the running service works with: the catalog of entities, units and
 * properties and the rules document, read from the claims directory. These files are versioned
 * in git and change by deployment, not through the API.
 */
@ApplicationScoped
public class DatasetService implements CurrentCatalog {

    private final CrosscheckConfig config;
    private volatile Catalog catalog;
    private volatile YamlDocument rules;
    private volatile String rulesDigest;

    public DatasetService(CrosscheckConfig config) {
        this.config = config;
    }

    public DatasetReader reader() {
        return new DatasetReader(config.maxDocumentBytes());
    }

    /** Reads the full dataset from the configured directories, with every issue found. */
    public Dataset readConfigured() {
        Dataset d = reader().read(config.claimsDir(), config.seedsDir());
        this.catalog = d.catalog();
        this.rules = d.rules() == null ? null
                : new YamlDocument(d.rulesFile(), d.rules(), null);
        this.rulesDigest = d.rulesDigest();
        return d;
    }

    @Override
    public Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            List<dev.crosscheck.shared.diagnostic.Issue> issues = new ArrayList<>();
            c = reader().readCatalog(config.claimsDir(), issues);
            catalog = c;
        }
        return c;
    }

    /** The rules document and its file name, or null when the claims directory has none. */
    public YNode rules() {
        return rules == null ? null : rules.root();
    }

    public String rulesFile() {
        return rules == null ? null : rules.file();
    }

    /** SHA-256 of rules.yaml: the ruleset version every findings response states. */
    public String rulesDigest() {
        return rulesDigest;
    }
}
