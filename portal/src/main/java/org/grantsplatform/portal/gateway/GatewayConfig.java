package org.grantsplatform.portal.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.net.URI;

@ConfigMapping(prefix = "portal")
public interface GatewayConfig {

    Services services();

    Gateway gateway();

    interface Services {
        URI associations();

        URI grants();

        URI reporting();
    }

    interface Gateway {
        @WithName("rate-limit")
        RateLimit rateLimit();
    }

    interface RateLimit {
        /** Requests a subject may make at once. */
        long capacity();

        /** Requests added back to a subject's bucket every second. */
        @WithName("refill-per-second")
        long refillPerSecond();
    }
}
