package org.grantsplatform.runtime.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body over the limit with 413 problem+json before it is read. Bodies sent
 * without a length are still cut off by {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private static final String PROBLEM = "{\"type\":\"https://grants-platform.org/problems/payload-too-large\","
            + "\"title\":\"Payload too large\",\"status\":413,\"detail\":\"request bodies are limited to %d bytes\"}";

    private final long maxBytes;

    public RequestSizeLimit(@ConfigProperty(name = "platform.http.max-body-bytes", defaultValue = "262144") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && exceeds(length)) {
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close")
                        .end(PROBLEM.formatted(maxBytes));
            } else {
                ctx.next();
            }
        });
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
