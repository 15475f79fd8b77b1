package dev.crosscheck.shared.store;

import dev.crosscheck.shared.failure.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Runs a write in its own transaction and runs it again when the database refused it for a reason
 * that a second attempt can overcome: a deadlock victim, a serialisation failure, a lock wait that
 * timed out, or a unique key another writer inserted first (the retry then sees that row and answers
 * as for any existing one). When the attempts run out the caller gets {@link DomainException.Kind#CONTENDED}
 * (503 with Retry-After), never the driver's exception.
 *
 * <p>A write called inside a transaction that is already running (the seed load) joins it: retrying
 * part of someone else's transaction is impossible, so that transaction's owner decides.
 */
@ApplicationScoped
public class WriteTransactions {

    private static final Logger LOG = Logger.getLogger(WriteTransactions.class);

    /**
     * SQLSTATEs of failures that a fresh attempt can succeed at: serialization failure (40001; H2 also uses
     * it for deadlocks), PostgreSQL's deadlock (40P01) and lock-not-available (55P03), H2's lock timeout
     * (HYT00) and a unique violation (23505).
     */
    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "55P03", "HYT00", "23505");

    private final int attempts;

    public WriteTransactions(@ConfigProperty(name = "crosscheck.write-attempts", defaultValue = "5") int attempts) {
        this.attempts = Math.max(1, attempts);
    }

    /** A write under the transaction manager's default timeout: a single claim's change. */
    public <T> T write(Supplier<T> work) {
        return write(work, null);
    }

    /**
     * A write under its own transaction timeout (an import, whose size the caller bounds); when the
     * transaction manager rolls it back for running past that, the caller gets
     * {@link DomainException.Kind#OVER_BUDGET} (503): nothing was changed.
     */
    public <T> T write(Supplier<T> work, Duration timeout) {
        if (QuarkusTransaction.isActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try {
                var tx = QuarkusTransaction.requiringNew();
                if (timeout != null) {
                    tx = tx.timeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toSeconds())));
                }
                return tx.call(work::get);
            } catch (RuntimeException e) {
                if (e instanceof DomainException) {
                    throw e;
                }
                if (timeout != null && System.nanoTime() - started >= timeout.toNanos()) {
                    LOG.warnf("a write ran past its transaction timeout of %s and was rolled back: %s", timeout, e);
                    throw DomainException.of(DomainException.Kind.OVER_BUDGET, "the import ran past its time budget of "
                            + timeout.toSeconds() + " s (crosscheck.import.timeout) and was rolled back; nothing was changed");
                }
                String state = transientState(e);
                if (state == null) {
                    throw e;
                }
                if (attempt >= attempts) {
                    LOG.warnf("a write failed %d times on contention (SQLSTATE %s); answering 503", attempt, state);
                    throw DomainException.of(DomainException.Kind.CONTENDED,
                            "the store is busy with concurrent writes to the same data; nothing was changed, retry shortly");
                }
                LOG.debugf("write attempt %d refused by the database (SQLSTATE %s); retrying", attempt, state);
                // Jittered back-off, so that writers that collided do not collide again in step.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, 10L << attempt) * 1_000_000L);
            }
        }
    }

    /** The SQLSTATE of the first SQL exception in the cause chain when it is transient, else null. */
    static String transientState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && TRANSIENT.contains(s.getSQLState())) {
                        return s.getSQLState();
                    }
                }
                return null;
            }
        }
        return null;
    }
}
