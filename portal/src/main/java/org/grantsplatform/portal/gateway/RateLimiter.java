package org.grantsplatform.portal.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * A token bucket per subject (Bucket4j): a burst of {@code capacity} requests, refilled greedily at
 * {@code refill-per-second}. Buckets of subjects idle for ten minutes are forgotten (a full bucket again).
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets;
    private final Bandwidth limit;

    RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimit rate = config.gateway().rateLimit();
        this.limit = Bandwidth.builder().capacity(rate.capacity())
                .refillGreedy(rate.refillPerSecond(), Duration.ofSeconds(1)).build();
        this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    }

    /** Zero when the subject may go on; otherwise the seconds to wait before the next request is let through. */
    public long secondsToWait(String subject) {
        ConsumptionProbe probe = buckets.get(subject, s -> Bucket.builder().addLimit(limit).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
