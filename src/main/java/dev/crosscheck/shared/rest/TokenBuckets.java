package dev.crosscheck.shared.rest;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key: each key may take {@code burst} tokens at once, refilled at
 * {@code perSecond}. The table is bounded: past {@code maxKeys} keys, the buckets that have refilled
 * completely (their keys are idle) are dropped, which forgets nothing a limit depends on.
 */
final class TokenBuckets {

    private final double perNano;
    private final double burst;
    private final int maxKeys;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    TokenBuckets(double perSecond, int burst, int maxKeys, LongSupplier clock) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Takes a token for this key: 0 when there was one, else the nanoseconds until there will be. */
    long take(String key) {
        long now = clock.getAsLong();
        if (buckets.size() >= maxKeys) {
            forgetIdle(now);
        }
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) / perNano);
        }
    }

    private void forgetIdle(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            synchronized (b) {
                if (b.tokens + (now - b.at) * perNano >= burst) {
                    it.remove();
                }
            }
        }
    }
}
