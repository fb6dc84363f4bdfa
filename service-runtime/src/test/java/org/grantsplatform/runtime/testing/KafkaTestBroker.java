package org.grantsplatform.runtime.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.grantsplatform.events.Topics;

/**
 * A real single-node Kafka broker (KRaft) inside the test JVM, on a free port, with the platform's
 * topics created as the launcher creates them.
 */
public class KafkaTestBroker implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;

    @Override
    public synchronized Map<String, String> start() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(p -> {
                        p.put("group.initial.rebalance.delay.ms", "0");
                        p.put("auto.create.topics.enable", "false");
                    })
                    .start();
            createTopics(broker.getAdvertisedListeners());
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    public static String bootstrapServers() {
        return broker.getAdvertisedListeners().replaceAll("PLAINTEXT://", "");
    }

    private static void createTopics(String listeners) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                listeners.replaceAll("PLAINTEXT://", "")))) {
            admin.createTopics(List.of(
                    new NewTopic(Topics.ASSOCIATIONS, 3, (short) 1),
                    new NewTopic(Topics.GRANTS, 3, (short) 1),
                    new NewTopic(Topics.deadLetterOf(Topics.ASSOCIATIONS), 1, (short) 1),
                    new NewTopic(Topics.deadLetterOf(Topics.GRANTS), 1, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        // one broker for the whole test JVM: Quarkus may restart the application between test classes
    }
}
