package dev.crosscheck.shared.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the store answers a real read: the pool's own check validates a connection,
 * which a store that has failed underneath (a closed file, a lost server) may still hand out.
 * Asked again on every probe, so readiness comes back by itself once the store does.
 */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

    private final DatasetRevisions revisions;

    public StoreReadiness(DatasetRevisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            long revision = QuarkusTransaction.requiringNew().timeout(5).call(revisions::current);
            return HealthCheckResponse.named("store").up().withData("datasetRevision", revision).build();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return HealthCheckResponse.named("store").down().withData("error", String.valueOf(root.getMessage())).build();
        }
    }
}
