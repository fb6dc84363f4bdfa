package org.grantsplatform.runtime.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** What a service consumes: {@code platform.consumer.*}. A service that sets no topics consumes nothing. */
@ConfigMapping(prefix = "platform.consumer")
public interface ConsumerSettings {

    /** The Kafka consumer group. */
    Optional<String> group();

    Optional<List<String>> topics();

    /** How often the consumer commits the offsets of what it applied. */
    @WithDefault("1000")
    long commitIntervalMs();
}
