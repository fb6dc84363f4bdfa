package org.grantsplatform.runtime.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay runs: {@code platform.outbox.relay.*}. */
@ConfigMapping(prefix = "platform.outbox.relay")
public interface RelaySettings {

    /** Whether this process relays its outbox at all (PLATFORM_OUTBOX_RELAY_ENABLED=false leaves it to others). */
    @WithDefault("true")
    boolean enabled();

    /** The most outbox rows one transaction publishes and deletes. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay sleeps when nobody wakes it (a commit elsewhere, a missed wake-up). */
    @WithDefault("1000")
    long pollIntervalMs();

    /** How long it waits after a wake-up for more commits, so that one batch carries them. */
    @WithDefault("20")
    long coalesceMs();
}
