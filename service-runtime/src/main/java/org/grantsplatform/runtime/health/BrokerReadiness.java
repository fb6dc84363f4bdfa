package org.grantsplatform.runtime.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The broker's part of readiness, answered at once from a check that a background thread repeats.
 * Quarkus's own Kafka check asks the broker inside the probe and, while the broker is down, waits
 * for the admin client's request timeout: probes saw no answer instead of a 503.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    static final String NAME = "Kafka broker";

    private final String bootstrapServers;
    private final Duration interval;
    private final Clock clock;
    private volatile Outcome last;
    private Admin admin;
    private ScheduledExecutorService checker;

    @Inject
    public BrokerReadiness(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "platform.health.broker-check-interval-ms", defaultValue = "1000") long intervalMs) {
        this(bootstrapServers, Duration.ofMillis(intervalMs), Clock.systemUTC());
    }

    BrokerReadiness(String bootstrapServers, Duration interval, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.interval = interval;
        this.clock = clock;
        this.last = new Outcome(false, "not checked yet", clock.millis());
    }

    void start(@Observes StartupEvent event) {
        int timeoutMs = (int) Math.max(1_000, 2 * interval.toMillis());
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, (int) interval.toMillis(),
                AdminClientConfig.CLIENT_ID_CONFIG, "readiness"));
        checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broker-readiness");
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(() -> check(timeoutMs), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (checker != null) {
            checker.shutdownNow();
            checker.awaitTermination(5, TimeUnit.SECONDS);
            admin.close(Duration.ofSeconds(1));
        }
    }

    private void check(int timeoutMs) {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                    .nodes().get(timeoutMs + 500L, TimeUnit.MILLISECONDS);
            record(true, nodes.stream().map(n -> n.host() + ":" + n.port()).collect(Collectors.joining(",")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            record(false, e.getCause() != null ? e.getCause().toString() : e.toString());
        }
    }

    void record(boolean up, String detail) {
        last = new Outcome(up, detail, clock.millis());
    }

    @Override
    public HealthCheckResponse call() {
        Outcome outcome = last;
        long age = clock.millis() - outcome.at();
        // a checker that stopped reporting must not leave the service ready on an old answer
        boolean stale = age > 5 * Math.max(1_000, 2 * interval.toMillis());
        return HealthCheckResponse.named(NAME)
                .status(outcome.up() && !stale)
                .withData(outcome.up() ? "nodes" : "reason", outcome.detail())
                .withData("checked_ms_ago", age)
                .build();
    }

    private record Outcome(boolean up, String detail, long at) {
    }
}
