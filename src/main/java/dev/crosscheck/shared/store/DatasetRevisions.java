package dev.crosscheck.shared.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The dataset revision: a number that rises with every change to sources or claims. Bumping it
 * updates one row, which also serialises concurrent writers at the database.
 */
@ApplicationScoped
public class DatasetRevisions {

    @Transactional(Transactional.TxType.MANDATORY)
    public long next() {
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
        Object v = Panache.getEntityManager().createNativeQuery("SELECT revision FROM dataset_state WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        return ((Number) v).longValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        Object v = Panache.getEntityManager().createNativeQuery("SELECT revision FROM dataset_state WHERE id = 1").getSingleResult();
        return ((Number) v).longValue();
    }
}
