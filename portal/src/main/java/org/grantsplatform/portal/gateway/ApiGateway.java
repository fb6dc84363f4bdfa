package org.grantsplatform.portal.gateway;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * {@code /api/**} for bearer-token clients (the CLI, partner systems): the token is verified here (the
 * {@code api} OIDC tenant) and again by the service, each subject's rate is limited, an {@code X-Request-Id}
 * is added or kept and echoed, and the call is streamed to the service that owns the path with Vert.x's
 * reverse proxy, so a body of any size passes through without being held in memory.
 */
@ApplicationScoped
public class ApiGateway {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(ApiGateway.class);
    /** A caller's own request id is kept only when it is short and plain (it is echoed and logged). */
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final RateLimiter rateLimiter;
    private final GatewayConfig config;

    ApiGateway(RateLimiter rateLimiter, GatewayConfig config) {
        this.rateLimiter = rateLimiter;
        this.config = config;
    }

    void routes(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true));
        GatewayConfig.Services services = config.services();
        HttpProxy associations = proxy(client, services.associations());
        HttpProxy grants = proxy(client, services.grants());
        HttpProxy reporting = proxy(client, services.reporting());
        Map<String, HttpProxy> owners = Map.of(
                "associations", associations,
                "programmes", grants, "applications", grants, "grants", grants,
                "reports", reporting, "exports", reporting, "admin", reporting);
        router.route("/api/*").handler(rc -> forward(rc, owners)).failureHandler(this::failed);
    }

    private HttpProxy proxy(HttpClient client, URI service) {
        int port = service.getPort() > 0 ? service.getPort() : "https".equals(service.getScheme()) ? 443 : 80;
        return HttpProxy.reverseProxy(client).origin(port, service.getHost()).addInterceptor(new RequestIdInterceptor());
    }

    private void forward(RoutingContext rc, Map<String, HttpProxy> owners) {
        HttpServerRequest request = rc.request();
        String requestId = requestId(request);
        if (!(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            problem(rc.response(), 401, "Unauthorized", "A valid bearer token from realm grants is required.", "unauthorized",
                    requestId);
            return;
        }
        long wait = rateLimiter.secondsToWait(subject(user.getSecurityIdentity()));
        if (wait > 0) {
            rc.response().putHeader("Retry-After", Long.toString(wait));
            problem(rc.response(), 429, "Too Many Requests",
                    "This caller's request rate is over the gateway's limit; retry after " + wait + " s.", "rate-limited",
                    requestId);
            return;
        }
        String path = rc.normalizedPath();
        String first = path.substring("/api/".length()).split("/", 2)[0];
        HttpProxy owner = owners.get(first);
        if (owner == null) {
            problem(rc.response(), 404, "Not Found", "No API at " + path + ".", "not-found", requestId);
            return;
        }
        owner.handle(request);
    }

    /** The caller's request id if it is safe to echo, else a new one; either way the one the service receives. */
    private static String requestId(HttpServerRequest request) {
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
            request.headers().set(REQUEST_ID, requestId);
        }
        return requestId;
    }

    private static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject()
                : identity.getPrincipal().getName();
    }

    /** A token that fails verification ends here, before {@link #forward}: answered like a missing one. */
    private void failed(RoutingContext rc) {
        if (rc.response().headWritten()) {
            rc.next();
            return;
        }
        if (rc.failure() instanceof AuthenticationFailedException || rc.statusCode() == 401) {
            problem(rc.response(), 401, "Unauthorized", "The bearer token is not valid for realm grants.", "unauthorized",
                    requestId(rc.request()));
        } else {
            LOG.warn("gateway failure", rc.failure());
            problem(rc.response(), 502, "Bad Gateway", "The gateway could not forward this call.", "bad-gateway",
                    requestId(rc.request()));
        }
    }

    /** An answer of the gateway's own; a proxied answer gets its request id from {@link RequestIdInterceptor}. */
    private static void problem(HttpServerResponse response, int status, String title, String detail, String type,
            String requestId) {
        response.setStatusCode(status).putHeader(REQUEST_ID, requestId).putHeader("Content-Type", "application/problem+json")
                .end(problemBody(status, title, detail, type));
    }

    private static Buffer problemBody(int status, String title, String detail, String type) {
        return new JsonObject().put("type", "https://grants-platform.org/problems/" + type).put("title", title)
                .put("status", status).put("detail", detail).toBuffer();
    }

    /**
     * Keeps the caller's host and sends the request id to the service and back to the caller; a service that does
     * not answer is a 503 problem.
     */
    private static final class RequestIdInterceptor implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            // The caller's host, so that the Location of a created resource points through the gateway.
            HostAndPort caller = context.request().proxiedRequest().authority();
            if (caller != null) {
                context.request().setAuthority(caller);
            }
            return context.sendRequest().recover(error -> {
                LOG.warnf("gateway: %s %s did not reach its service: %s", context.request().getMethod(),
                        context.request().getURI(), error.getMessage());
                ProxyResponse response = context.request().response().setStatusCode(503)
                        .putHeader("Content-Type", "application/problem+json").putHeader("Retry-After", "5")
                        .setBody(Body.body(problemBody(503, "Service Unavailable",
                                "The service behind this path is not answering; retry later.", "service-unavailable")));
                return Future.succeededFuture(response);
            });
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            String requestId = context.request().proxiedRequest().getHeader(REQUEST_ID);
            context.response().putHeader(REQUEST_ID, requestId);
            return context.sendResponse();
        }
    }
}
