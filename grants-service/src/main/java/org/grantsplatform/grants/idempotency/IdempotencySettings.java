package org.grantsplatform.grants.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an {@code Idempotency-Key} is remembered: {@code platform.idempotency.*}. */
@ConfigMapping(prefix = "platform.idempotency")
public interface IdempotencySettings {

    /** After this a key is forgotten: sent again, it acts again as a new one. Longer than any client retries. */
    @WithDefault("PT24H")
    Duration retention();

    @WithDefault("PT1H")
    Duration pruneInterval();
}
