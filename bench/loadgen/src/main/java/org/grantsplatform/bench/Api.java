package org.grantsplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HTTP to the platform through one Vert.x web client with a bounded connection pool (per host),
 * and bearer tokens from Keycloak with the password grant on the public client grants-portal.
 * Every target must be on 127.0.0.1: the benchmark sends no traffic anywhere else.
 */
final class Api implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Vertx vertx;
    final WebClient client;
    final int poolSize;
    final long timeoutMs;
    private final String keycloak;
    private final Map<String, String> tokens = new HashMap<>();

    Api(Args args) {
        this.poolSize = args.integer("pool", 20);
        this.timeoutMs = args.integer("timeout-ms", 10_000);
        this.keycloak = local(args.get("keycloak-url", "http://127.0.0.1:8180"));
        // One event loop: the load generator shares two cores with what it measures.
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2)
                .setInternalBlockingPoolSize(2).setBlockedThreadCheckInterval(10_000));
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setMaxPoolSize(poolSize)
                .setKeepAlive(true)
                .setConnectTimeout(5_000)
                .setMaxWaitQueueSize(-1)
                .setUserAgent("grants-bench")
                .setFollowRedirects(false));
    }

    /** Refuses any URL whose host is not the loopback address. */
    static String local(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("the benchmark only talks to 127.0.0.1, not " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            MultiMap form = MultiMap.caseInsensitiveMultiMap()
                    .add("grant_type", "password").add("client_id", "grants-portal")
                    .add("username", u).add("password", u);
            HttpResponse<Buffer> r = await(client.postAbs(keycloak + "/realms/grants/protocol/openid-connect/token")
                    .timeout(timeoutMs).sendForm(form));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("no token for " + u + ": HTTP " + r.statusCode() + " " + r.bodyAsString());
            }
            return json(r).path("access_token").asText();
        });
    }

    HttpRequest<Buffer> request(HttpMethod method, String url, String user) {
        HttpRequest<Buffer> req = client.requestAbs(method, url).timeout(timeoutMs).putHeader("Accept", "application/json");
        if (user != null) {
            req.putHeader("Authorization", "Bearer " + token(user));
        }
        return req;
    }

    Future<HttpResponse<Buffer>> postJson(String url, String user, Object body) {
        return request(HttpMethod.POST, url, user).putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(write(body)));
    }

    Future<HttpResponse<Buffer>> post(String url, String user) {
        return request(HttpMethod.POST, url, user).send();
    }

    Future<HttpResponse<Buffer>> get(String url, String user) {
        return request(HttpMethod.GET, url, user).send();
    }

    /** A blocking call for set-up steps; expects one of the given statuses. */
    JsonNode call(Future<HttpResponse<Buffer>> call, String what, int... expected) {
        HttpResponse<Buffer> r = await(call);
        for (int e : expected) {
            if (r.statusCode() == e) {
                return json(r);
            }
        }
        throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + oneLine(r.bodyAsString()));
    }

    static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static JsonNode json(HttpResponse<Buffer> r) {
        try {
            Buffer b = r.body();
            return b == null || b.length() == 0 ? JSON.createObjectNode() : JSON.readTree(b.getBytes());
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + oneLine(r.bodyAsString()), e);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    @Override
    public void close() {
        client.close();
        await(vertx.close());
    }
}
