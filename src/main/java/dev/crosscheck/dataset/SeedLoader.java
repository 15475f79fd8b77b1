package dev.crosscheck.dataset;

import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.ClaimWriteService;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Severity;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.source.SourceText;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import dev.crosscheck.shared.store.WriteTransactions;
import org.jboss.logging.Logger;

import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.Violation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads the seed corpus and the curated claims at start-up, into an empty store only. Any error
 * (a quote not in its source, an unknown reference, a malformed file) stops the start with every
 * problem listed: a claim that cannot be anchored is never accepted.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final DatasetService datasets;
    private final SourceService sources;
    /** The actor recorded for changes made by loading the curated files. */
    public static final String SEED_ACTOR = "curated-files";

    private final ClaimService claims;
    private final ClaimWriteService writes;
    private final Event<DatasetLoaded> loaded;
    private final Event<DatasetReimported> reimported;
    private final boolean loadOnStart;
    private final WriteTransactions transactions;
    private final java.time.Duration importTimeout;

    public SeedLoader(DatasetService datasets, SourceService sources, ClaimService claims, ClaimWriteService writes,
                      Event<DatasetLoaded> loaded, Event<DatasetReimported> reimported,
                      dev.crosscheck.shared.config.CrosscheckConfig config, WriteTransactions transactions) {
        this.transactions = transactions;
        this.importTimeout = config.importTimeout();
        this.datasets = datasets;
        this.sources = sources;
        this.claims = claims;
        this.writes = writes;
        this.loaded = loaded;
        this.reimported = reimported;
        this.loadOnStart = config.loadOnStart();
    }

    /** Fired once the store holds the dataset (loaded now or by an earlier start). */
    public record DatasetLoaded(int sources, int claims) {
    }

    /**
     * Fired by a re-import, which re-reads the catalog and rules as well as the claims: whatever holds
     * its own copy of them (the rules engine) rebuilds once the import has committed.
     */
    public record DatasetReimported() {
    }

    void onStart(@Observes StartupEvent ev) {
        if (loadOnStart) {
            load();
        }
    }

    /** Loads the curated dataset into an empty store, in one transaction under the import time budget. */
    public void load() {
        transactions.write(() -> {
            loadInTransaction();
            return null;
        }, importTimeout);
    }

    private void loadInTransaction() {
        long started = System.nanoTime();
        LOG.info("reading the curated dataset (sources, catalog and claims) and anchoring every quote …");
        Dataset d = datasets.readConfigured();
        String errors = d.issues().stream().filter(i -> i.severity() == Severity.ERROR).map(SeedLoader::format)
                .collect(Collectors.joining("\n  "));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the curated dataset has errors; fix them or run the validator:\n  " + errors);
        }
        if (sources.count() == 0 && claims.count() == 0) {
            for (SourceText s : d.sources().values()) {
                sources.store(s, SEED_ACTOR);
            }
            writes.importVerified(d.claims(), false, SEED_ACTOR, "initial load of the curated claims directory");
            LOG.infof("loaded %d sources and %d claims in %.1f s", d.sources().size(), d.claims().size(), (System.nanoTime() - started) / 1e9);
        } else {
            LOG.infof("store already holds %d sources and %d claims; curated files not reloaded (use the re-import endpoint)",
                    sources.count(), claims.count());
        }
        loaded.fire(new DatasetLoaded((int) sources.count(), (int) claims.count()));
    }

    /**
     * Re-reads the curated directories and imports what is new: missing sources and claims are
     * added; a claim whose stored state differs is kept as it is unless {@code overwrite}.
     */
    public ClaimWriteService.ImportResult reimport(boolean overwrite, String actor) {
        return transactions.write(() -> reimportInTransaction(overwrite, actor), importTimeout);
    }

    private ClaimWriteService.ImportResult reimportInTransaction(boolean overwrite, String actor) {
        Dataset d = datasets.readConfigured();
        List<Issue> errors = d.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_DATASET, errors.size() + " problem(s) in the curated files; nothing was imported",
                    errors.stream().map(i -> new Violation(null, i.check().id(), format(i), i.line(), i.column())).toList());
        }
        for (SourceText s : d.sources().values()) {
            if (sources.find(s.id()).isEmpty()) {
                sources.store(s, actor);
            }
        }
        var result = writes.importVerified(d.claims(), overwrite, actor, "re-import of the curated claims directory");
        reimported.fire(new DatasetReimported());
        return result;
    }

    static String format(Issue i) {
        return i.file() + ":" + i.line() + ":" + i.column() + ": [" + i.check().id() + "] " + i.message();
    }
}
