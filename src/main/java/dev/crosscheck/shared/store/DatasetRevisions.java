package dev.crosscheck.shared.store;

import dev.crosscheck.shared.failure.DomainException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The dataset revision: a number that rises with every change to sources or claims. Bumping it
 * updates one row, which stays locked until the writer's transaction ends: revision order is commit
 * order, so "everything after revision N" is a well-defined catch-up.
 *
 * <p>Writers of this process queue for that row in arrival order (a fair semaphore held until their
 * transaction completes) before they ask the database for it: the database's own lock wait wakes
 * waiters in no particular order, which under 32 concurrent writers gave some of them seconds of
 * waiting while others went through many times.
 */
@ApplicationScoped
public class DatasetRevisions {

    private static final Object HELD = new Object();

    private final Semaphore turn = new Semaphore(1, true);
    private final TransactionSynchronizationRegistry registry;
    private final Duration maxWait;

    public DatasetRevisions(TransactionSynchronizationRegistry registry,
                            @ConfigProperty(name = "crosscheck.write-lock-wait", defaultValue = "PT10S") Duration maxWait) {
        this.registry = registry;
        this.maxWait = maxWait;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long next() {
        awaitTurn();
        var em = Panache.getEntityManager();
        em.createNativeQuery("UPDATE dataset_state SET revision = revision + 1 WHERE id = 1").executeUpdate();
        return current();
    }

    /**
     * The current revision, with its row locked until the transaction ends: a writer that may
     * change nothing (an import of what is already stored) takes the lock in the same order as
     * every other writer, and bumps the revision with {@link #next()} only once it changes something.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lockCurrent() {
        awaitTurn();
        Object v = Panache.getEntityManager().createNativeQuery("SELECT revision FROM dataset_state WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        return ((Number) v).longValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        Object v = Panache.getEntityManager().createNativeQuery("SELECT revision FROM dataset_state WHERE id = 1").getSingleResult();
        return ((Number) v).longValue();
    }

    /** Takes this process's turn for the revision row once per transaction; it is given back when the transaction ends. */
    private void awaitTurn() {
        if (registry.getResource(HELD) != null) {
            return;
        }
        try {
            if (!turn.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw DomainException.of(DomainException.Kind.CONTENDED,
                        "the store is busy with other writes (waited " + maxWait.toSeconds() + " s); nothing was changed, retry shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.of(DomainException.Kind.CONTENDED, "interrupted while waiting to write; nothing was changed");
        }
        try {
            registry.putResource(HELD, Boolean.TRUE);
            AfterCompletion.register(registry, status -> turn.release());
        } catch (RuntimeException e) {
            turn.release();
            throw e;
        }
    }
}
