package dev.crosscheck.claim;

import dev.crosscheck.shared.store.AfterCompletion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Carries committed claim changes to derived state (findings, the check index) in batches, on one
 * thread of its own. A writer's transaction only enqueues its change once it has committed; the
 * thread takes everything queued, merges it into one {@link ClaimsChanged} and fires that to the
 * observers, so 32 concurrent writers cost one index refresh and one rules update per batch rather
 * than 32 in a row, and no writer holds a lock or a connection while derived state catches up.
 *
 * <p>A writer then waits (bounded by {@code crosscheck.derived-wait}) until its revision has been
 * applied, so a client that writes and then reads its findings sees its write. Past the bound the
 * write is still acknowledged: it is committed, and derived state follows shortly.
 */
@ApplicationScoped
public class ClaimChangeFeed {

    private static final Logger LOG = Logger.getLogger(ClaimChangeFeed.class);

    private final Event<ClaimsChanged> changed;
    private final Event<DerivedStateLost> lost;
    private final TransactionSynchronizationRegistry registry;
    private final Duration maxWait;
    private final LinkedBlockingQueue<ClaimsChanged> pending = new LinkedBlockingQueue<>();
    private final Object appliedLock = new Object();
    private long applied;
    /** The highest revision ever queued: a revision committed before this process started is already applied. */
    private long queued;
    private volatile boolean stopped;
    private Thread thread;

    public ClaimChangeFeed(Event<ClaimsChanged> changed, Event<DerivedStateLost> lost, TransactionSynchronizationRegistry registry,
                           @ConfigProperty(name = "crosscheck.derived-wait", defaultValue = "PT5S") Duration maxWait) {
        this.changed = changed;
        this.lost = lost;
        this.registry = registry;
        this.maxWait = maxWait;
    }

    /** Queues the change for when the current transaction commits; a rolled-back change is never seen. */
    void afterCommit(ClaimsChanged change) {
        AfterCompletion.register(registry, status -> {
            if (status == Status.STATUS_COMMITTED) {
                enqueue(change);
            }
        });
    }

    private synchronized void enqueue(ClaimsChanged change) {
        if (thread == null) {
            thread = new Thread(this::run, "crosscheck-claim-feed");
            thread.setDaemon(true);
            thread.start();
        }
        synchronized (appliedLock) {
            queued = Math.max(queued, change.datasetRevision());
        }
        pending.add(change);
    }

    /** Waits until derived state reflects this revision, or the configured bound passes. */
    public void awaitApplied(long revision) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        synchronized (appliedLock) {
            while (applied < Math.min(revision, queued) && !stopped) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warnf("derived state has not caught up with dataset revision %d after %s; answering anyway", revision, maxWait);
                    return;
                }
                try {
                    appliedLock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void run() {
        List<ClaimsChanged> batch = new ArrayList<>();
        while (!stopped) {
            try {
                batch.add(pending.take());
                pending.drainTo(batch);
                Set<String> ids = new LinkedHashSet<>();
                long revision = 0;
                for (ClaimsChanged c : batch) {
                    // Observers re-read every id: a claim changed then retracted within one batch ends retracted.
                    ids.addAll(c.changed());
                    ids.addAll(c.removed());
                    revision = Math.max(revision, c.datasetRevision());
                }
                apply(new ArrayList<>(ids), revision);
                synchronized (appliedLock) {
                    applied = Math.max(applied, revision);
                    appliedLock.notifyAll();
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Fires the merged change in chunks, each read in a transaction of its own: a large import is
     * applied in bounded steps, never in one read transaction that could outlast its timeout. Only
     * the last chunk carries the batch's revision, so no reader is told a revision before all of it
     * is applied.
     */
    private void apply(List<String> ids, long revision) {
        long before;
        synchronized (appliedLock) {
            before = applied;
        }
        long started = System.nanoTime();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            if (from > 0 && from % (10 * CHUNK) == 0) {
                LOG.infof("applying dataset revision %d to findings and checks: %d of %d changed claims …", revision, from, ids.size());
            }
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            long rev = from + CHUNK >= ids.size() ? revision : before;
            ClaimsChanged part = new ClaimsChanged(new LinkedHashSet<>(chunk), Set.of(), rev);
            try {
                QuarkusTransaction.requiringNew().run(() -> changed.fire(part));
            } catch (RuntimeException e) {
                // Writers must not hang on a broken observer; the error is the operator's to see, and
                // derived state is rebuilt from the store rather than left without this change.
                LOG.errorf(e, "derived state failed to apply %d changed claim(s) at dataset revision %d; rebuilding it", chunk.size(), revision);
                rebuild(revision);
            }
        }
        if (ids.size() > CHUNK) {
            // A large change (an import) keeps checks and findings behind for a while: say when they caught up.
            LOG.infof("findings and checks reflect dataset revision %d: %d changed claims applied in %.1f s", revision, ids.size(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private static final int CHUNK = 1_000;

    private void rebuild(long revision) {
        try {
            QuarkusTransaction.requiringNew().run(() -> lost.fire(new DerivedStateLost(revision)));
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuilding derived state after dataset revision %d failed too", revision);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        synchronized (this) {
            if (thread != null) {
                thread.interrupt();
            }
        }
        synchronized (appliedLock) {
            appliedLock.notifyAll();
        }
    }
}
