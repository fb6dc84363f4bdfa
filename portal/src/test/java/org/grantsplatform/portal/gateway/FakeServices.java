package org.grantsplatform.portal.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Three stand-ins for associations-, grants- and reporting-service on random ports: each answers who it is
 * and what it received, and {@code /api/exports/stream} sends a large body in chunks, holding back all but the
 * first until {@link #releaseStream} completes, so a test can tell a streamed answer from a buffered one.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    static final int CHUNK = 64 * 1024;
    static final int CHUNKS = 1024;
    static volatile CompletableFuture<Void> releaseStream = new CompletableFuture<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[] { "associations", "grants", "reporting" }) {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> answer(service, request));
            int port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
            config.put("portal.services." + service, "http://127.0.0.1:" + port);
        }
        return config;
    }

    private void answer(String service, HttpServerRequest request) {
        if (request.path().equals("/api/exports/stream")) {
            stream(request);
            return;
        }
        request.body().onSuccess(body -> request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("service", service).put("method", request.method().name())
                        .put("uri", request.uri()).put("requestId", request.getHeader("X-Request-Id"))
                        .put("authorization", request.getHeader("Authorization") != null)
                        .put("host", request.getHeader("Host")).put("body", body.toString()).toBuffer()));
    }

    private void stream(HttpServerRequest request) {
        Buffer chunk = Buffer.buffer(new byte[CHUNK]);
        var response = request.response().setChunked(true).putHeader("Content-Type", "text/csv");
        response.write(chunk);
        releaseStream.orTimeout(30, TimeUnit.SECONDS).whenComplete((ok, timeout) -> vertx.runOnContext(v -> {
            if (timeout != null) {
                response.reset();
                return;
            }
            writeRest(response, chunk, CHUNKS - 1);
        }));
    }

    /** Writes the remaining chunks as the client takes them (back-pressure), so the stand-in holds one chunk at most. */
    private void writeRest(io.vertx.core.http.HttpServerResponse response, Buffer chunk, int left) {
        int remaining = left;
        while (remaining > 0 && !response.writeQueueFull()) {
            response.write(chunk);
            remaining--;
        }
        if (remaining == 0) {
            response.end();
            return;
        }
        int next = remaining;
        response.drainHandler(v -> writeRest(response, chunk, next));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
