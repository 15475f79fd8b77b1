package dev.crosscheck.shared.rest;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstThenTheRateWithTheWaitUntilTheNextToken() {
        AtomicLong now = new AtomicLong(5 * SECOND);
        TokenBuckets b = new TokenBuckets(2.0, 3, 100, now::get);
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isEqualTo(SECOND / 2);
        // Another client has its own bucket.
        assertThat(b.take("b")).isZero();
        now.addAndGet(SECOND / 4);
        assertThat(b.take("a")).isEqualTo(SECOND / 4);
        now.addAndGet(SECOND / 4);
        assertThat(b.take("a")).isZero();
        // A long pause refills up to the burst, never beyond it.
        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertThat(b.take("a")).isZero();
        }
        assertThat(b.take("a")).isPositive();
    }

    @Test
    void theTableForgetsOnlyIdleClients() {
        AtomicLong now = new AtomicLong();
        TokenBuckets b = new TokenBuckets(1.0, 1, 2, now::get);
        assertThat(b.take("busy")).isZero();
        assertThat(b.take("idle")).isZero();
        now.addAndGet(SECOND);
        assertThat(b.take("busy")).isZero();
        now.addAndGet(SECOND / 4);
        // "idle" refilled and is forgotten; "busy" is still short of a token and keeps its debt.
        assertThat(b.take("third")).isZero();
        assertThat(b.take("busy")).isPositive();
    }
}
