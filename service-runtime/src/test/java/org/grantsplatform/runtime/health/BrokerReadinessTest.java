package org.grantsplatform.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.grantsplatform.runtime.testing.MovableClock;
import org.junit.jupiter.api.Test;

class BrokerReadinessTest {

    @Test
    void shouldFollowARealBrokerGoingAwayAndComingBack() throws InterruptedException {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().withDeleteLogDirsOnClose(true).start();
        String bootstrap = broker.getAdvertisedListeners().replaceAll("PLAINTEXT://", "");
        BrokerReadiness readiness = new BrokerReadiness(bootstrap, Duration.ofMillis(200), Clock.systemUTC());
        readiness.start(null);
        try {
            HealthCheckResponse up = await(readiness, r -> r.getStatus() == Status.UP);
            assertThat(up.getData().orElseThrow()).containsEntry("nodes", bootstrap);

            broker.close();
            HealthCheckResponse down = await(readiness, r -> r.getStatus() == Status.DOWN);
            assertThat(down.getData().orElseThrow()).containsKey("reason");
        } finally {
            readiness.stop(null);
        }
    }

    @Test
    void shouldAnswerDownWhenNoBrokerListens() throws InterruptedException {
        BrokerReadiness readiness = new BrokerReadiness("127.0.0.1:1", Duration.ofMillis(200), Clock.systemUTC());
        assertThat(readiness.call().getStatus()).as("before the first check").isEqualTo(Status.DOWN);
        readiness.start(null);
        try {
            HealthCheckResponse down = await(readiness,
                    r -> r.getStatus() == Status.DOWN && !"not checked yet".equals(r.getData().orElseThrow().get("reason")));
            assertThat(down.getName()).isEqualTo(BrokerReadiness.NAME);
        } finally {
            readiness.stop(null);
        }
    }

    @Test
    void shouldNotStayReadyOnAnAnswerTheCheckerStoppedRenewing() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-28T01:00:00Z"));
        BrokerReadiness readiness = new BrokerReadiness("127.0.0.1:1", Duration.ofSeconds(1), clock);
        readiness.record(true, "127.0.0.1:9092");
        assertThat(readiness.call().getStatus()).isEqualTo(Status.UP);

        clock.advance(Duration.ofSeconds(10));
        assertThat(readiness.call().getStatus()).as("10 s later, as old as five check timeouts").isEqualTo(Status.UP);
        clock.advance(Duration.ofMillis(1));
        assertThat(readiness.call().getStatus()).isEqualTo(Status.DOWN);

        readiness.record(true, "127.0.0.1:9092");
        assertThat(readiness.call().getStatus()).isEqualTo(Status.UP);
    }

    private static HealthCheckResponse await(BrokerReadiness readiness, Predicate<HealthCheckResponse> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HealthCheckResponse response = readiness.call();
        while (!condition.test(response)) {
            assertThat(System.nanoTime()).as("last answer %s", response.getData()).isLessThan(deadline);
            Thread.sleep(50);
            response = readiness.call();
        }
        return response;
    }
}
