package org.grantsplatform.runtime.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the inbox remembers the events it applied: {@code platform.inbox.*}. */
@ConfigMapping(prefix = "platform.inbox")
public interface InboxSettings {

    /** How long an applied event's id is kept: longer than any redelivery the topics may make. */
    @WithDefault("P30D")
    Duration retention();

    @WithDefault("PT1H")
    Duration pruneInterval();

    @WithDefault("1000")
    int pruneBatchSize();
}
