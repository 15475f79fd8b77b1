package dev.crosscheck.shared.failure;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long one request may keep working, and whether anyone still waits for its answer: long work
 * (a batch, a draft) asks {@link #spend} between its steps and stops when its deadline has passed
 * or its client has gone, instead of holding a core for an answer nobody reads.
 */
public final class WorkBudget {

    /** No deadline, never abandoned: for callers that are not requests (the CLI, tests). */
    public static final WorkBudget UNLIMITED = new WorkBudget(Long.MAX_VALUE, () -> false, null);

    private final long deadlineNanos;
    private final BooleanSupplier abandoned;
    private final Duration limit;

    private WorkBudget(long deadlineNanos, BooleanSupplier abandoned, Duration limit) {
        this.deadlineNanos = deadlineNanos;
        this.abandoned = abandoned;
        this.limit = limit;
    }

    /** A budget of {@code limit} from now; {@code abandoned} says whether the client has gone. */
    public static WorkBudget of(Duration limit, BooleanSupplier abandoned) {
        return new WorkBudget(System.nanoTime() + limit.toNanos(), abandoned, limit);
    }

    /** Whether the client has gone: its answer would be written to nobody. */
    public boolean abandoned() {
        return abandoned.getAsBoolean();
    }

    /**
     * Called between steps of the work ({@code done} of {@code total} finished): throws when the
     * client has gone or the deadline has passed, so the work stops there.
     */
    public void spend(int done, int total) {
        if (abandoned.getAsBoolean()) {
            throw new DomainException(DomainException.Kind.ABANDONED, "the client closed the connection after " + done + " of " + total
                    + " items", null);
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new DomainException(DomainException.Kind.OVER_BUDGET, "the request ran past its time budget of " + limit.toMillis()
                    + " ms after " + done + " of " + total + " items (the service is busy: retry later, or send fewer items)", null);
        }
    }
}
