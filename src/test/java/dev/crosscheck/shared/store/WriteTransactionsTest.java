package dev.crosscheck.shared.store;

import dev.crosscheck.claim.ClaimEntity;
import dev.crosscheck.shared.failure.DomainException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A write past its own transaction budget is rolled back and reported as such; the store serves on. */
@QuarkusTest
class WriteTransactionsTest {

    @Inject
    WriteTransactions transactions;

    @Test
    void aWritePastItsBudgetIsRolledBackAsOverBudgetAndChangesNothing() {
        long before = transactions.write(() -> ClaimEntity.count());
        assertThatThrownBy(() -> transactions.write(() -> {
            ClaimEntity.update("note = 'rolled back' where id in (select min(id) from ClaimEntity)");
            try {
                Thread.sleep(2_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.OVER_BUDGET))
                .hasMessageContaining("nothing was changed");
        long rolledBack = transactions.write(() -> ClaimEntity.count("note = 'rolled back'"));
        long after = transactions.write(() -> ClaimEntity.count());
        assertThat(rolledBack).isZero();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aWriteWithinItsBudgetCommits() {
        long count = transactions.write(() -> ClaimEntity.count(), Duration.ofSeconds(30));
        assertThat(count).isPositive();
    }
}
