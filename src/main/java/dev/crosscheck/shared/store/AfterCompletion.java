package dev.crosscheck.shared.store;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.IntConsumer;

/** Runs something once the current transaction has ended, with its JTA status (committed or not). */
public final class AfterCompletion {

    private AfterCompletion() {
    }

    public static void register(TransactionSynchronizationRegistry registry, IntConsumer action) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }
}
