package org.grantsplatform.reporting.readmodel;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** What the read-model generations consume: {@code reporting.consumer.*}. */
@ConfigMapping(prefix = "reporting.consumer")
public interface ConsumerSettings {

    /** Each generation consumes in its own group, {@code <prefix>.g<n>}, from the earliest offset. */
    String groupPrefix();

    List<String> topics();
}
