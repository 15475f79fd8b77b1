package dev.crosscheck.dataset;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Severity;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.source.SourceText;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

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
    private final ClaimService claims;
    private final Event<DatasetLoaded> loaded;
    private final boolean loadOnStart;

    public SeedLoader(DatasetService datasets, SourceService sources, ClaimService claims, Event<DatasetLoaded> loaded,
                      @ConfigProperty(name = "crosscheck.load-on-start", defaultValue = "true") boolean loadOnStart) {
        this.datasets = datasets;
        this.sources = sources;
        this.claims = claims;
        this.loaded = loaded;
        this.loadOnStart = loadOnStart;
    }

    /** Fired once the store holds the dataset (loaded now or by an earlier start). */
    public record DatasetLoaded(int sources, int claims) {
    }

    void onStart(@Observes StartupEvent ev) {
        if (loadOnStart) {
            load();
        }
    }

    @Transactional
    public void load() {
        Dataset d = datasets.readConfigured();
        String errors = d.issues().stream().filter(i -> i.severity() == Severity.ERROR).map(SeedLoader::format)
                .collect(Collectors.joining("\n  "));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the curated dataset has errors; fix them or run the validator:\n  " + errors);
        }
        if (sources.count() == 0 && claims.count() == 0) {
            for (SourceText s : d.sources().values()) {
                sources.store(s);
            }
            for (Claim c : d.claims()) {
                claims.store(c);
            }
            LOG.infof("loaded %d sources and %d claims", d.sources().size(), d.claims().size());
        }
        loaded.fire(new DatasetLoaded((int) sources.count(), (int) claims.count()));
    }

    static String format(Issue i) {
        return i.file() + ":" + i.line() + ":" + i.column() + ": [" + i.check().id() + "] " + i.message();
    }
}
