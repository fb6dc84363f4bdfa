package org.grantsplatform.reporting.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.grantsplatform.reporting.projection.Projector;
import org.grantsplatform.reporting.readmodel.Generation.Status;
import org.grantsplatform.runtime.inbox.Inbox;
import org.grantsplatform.runtime.inbox.RecordProcessor;
import org.grantsplatform.runtime.outbox.KafkaEventPublisher;
import org.grantsplatform.runtime.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Runs the read-model generations: the active one answers the reports and keeps consuming; a
 * rebuild creates a fresh schema with its own consumer group reading from the earliest offset,
 * and once that one has caught up with the topics it becomes the active one and the old
 * generation, its schema, inbox rows and consumer group are dropped. A single replica is
 * assumed to run rebuilds: each replica measures only the partitions assigned to it.
 */
@ApplicationScoped
public class ReadModels {

    private static final Logger LOG = Logger.getLogger(ReadModels.class);

    private final String bootstrapServers;
    private final String groupPrefix;
    private final List<String> topics;
    private final List<Projector> projectors;
    private final ReadModelWriter writer;
    private final AgroalDataSource dataSource;
    private final ReadModelSchemas schemas;
    private final Sql sql;
    private final Inbox inbox;
    private final KafkaEventPublisher publisher;
    private final MeterRegistry registry;
    private final Map<Integer, GenerationConsumer> consumers = new ConcurrentHashMap<>();
    private volatile int active;

    @Inject
    public ReadModels(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ConsumerSettings consumer,
            @All List<Projector> projectors, ReadModelWriter writer, AgroalDataSource dataSource,
            ReadModelSchemas schemas, Sql sql, Inbox inbox,
            KafkaEventPublisher publisher, MeterRegistry registry) {
        this.bootstrapServers = bootstrapServers;
        this.groupPrefix = consumer.groupPrefix();
        this.topics = consumer.topics();
        this.projectors = projectors;
        this.writer = writer;
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.sql = sql;
        this.inbox = inbox;
        this.publisher = publisher;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        List<Generation> generations = QuarkusTransaction.requiringNew().call(() -> {
            schemas.orphans().forEach(schemas::drop);
            if (Generation.withStatus(Status.ACTIVE).isEmpty()) {
                create(Generation.next(), Status.ACTIVE);
            }
            return Generation.<Generation>listAll();
        });
        for (Generation g : generations) {
            if (g.status == Status.ACTIVE) {
                active = g.generation;
            }
            startConsumer(g.generation, g.schemaName, g.status == Status.BUILDING);
        }
        Gauge.builder("reporting.read.model.lag", this, r -> r.freshness().lagSeconds())
                .description("Seconds the answering read model lags behind the newest event it has not applied")
                .baseUnit("seconds").register(registry);
        Gauge.builder("reporting.read.model.pending.events", this, r -> {
            Long pending = r.freshness().pendingEvents();
            return pending == null ? Double.NaN : pending;
        }).description("Records on the topics the answering read model has not applied yet").register(registry);
    }

    void stop(@Observes ShutdownEvent event) {
        consumers.values().forEach(GenerationConsumer::stop);
        consumers.clear();
    }

    /** Starts a rebuild into a fresh generation; 409 while one is under way. */
    public synchronized RebuildState rebuild() {
        Generation building = QuarkusTransaction.requiringNew().call(() -> {
            if (Generation.withStatus(Status.BUILDING).isPresent()) {
                throw ProblemException.conflict("a rebuild is already under way");
            }
            return create(Generation.next(), Status.BUILDING);
        });
        LOG.infof("rebuilding the read model into %s", building.schemaName);
        startConsumer(building.generation, building.schemaName, true);
        return state();
    }

    public RebuildState state() {
        List<Generation> generations = QuarkusTransaction.requiringNew().call(() -> Generation.<Generation>listAll());
        Optional<Generation> answering = generations.stream().filter(g -> g.status == Status.ACTIVE).findFirst();
        Optional<Generation> building = generations.stream().filter(g -> g.status == Status.BUILDING).findFirst();
        return new RebuildState(answering.map(this::view).orElse(null), building.map(this::view).orElse(null));
    }

    /** Freshness of the generation that answers now. */
    public Freshness freshness() {
        int answering = active;
        GenerationConsumer consumer = consumers.get(answering);
        if (consumer == null) {
            return new Freshness(answering, null, null, 0);
        }
        GenerationConsumer.Progress p = consumer.progress();
        long lag = p.pendingEvents() == null || p.pendingEvents() == 0 || p.newestEventAt() == null ? 0
                : Math.max(0, Duration.between(p.newestEventAt(), Instant.now()).toSeconds());
        return new Freshness(answering, p.newestEventAt(), p.pendingEvents(), lag);
    }

    private Generation create(int number, Status status) {
        Generation g = new Generation();
        g.generation = number;
        g.schemaName = Generation.schemaOf(number);
        g.status = status;
        g.startedAt = Instant.now();
        g.activatedAt = status == Status.ACTIVE ? g.startedAt : null;
        schemas.create(g.schemaName);
        g.persist();
        return g;
    }

    private void startConsumer(int generation, String schema, boolean rebuilding) {
        String group = group(generation);
        GenerationHandler handler = new GenerationHandler(schema, schemas, projectors, writer, sql, !rebuilding);
        RecordProcessor processor = new RecordProcessor(group, List.of(handler), inbox::applyOnce,
                dead -> publisher.sendAll(List.of(dead)));
        Runnable caughtUp = rebuilding ? () -> {
            countTotals(handler);
            promote(generation);
        } : () -> { };
        GenerationConsumer consumer = new GenerationConsumer(bootstrapServers, group, topics,
                new BatchApplier(group, inbox, handler, dataSource), processor, caughtUp);
        consumers.put(generation, consumer);
        consumer.start();
    }

    /**
     * A rebuild replays without portfolio totals and counts them here, once, in one transaction on
     * the new generation's consumer thread (so no batch runs meanwhile), before it answers.
     */
    private void countTotals(GenerationHandler handler) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                handler.countTotals(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting the portfolio totals failed: " + e.getMessage(), e);
        }
        handler.keepTotals();
    }

    /** Called on the new generation's consumer thread once it has caught up with the topics. */
    private synchronized void promote(int generation) {
        Optional<Generation> retired = QuarkusTransaction.requiringNew().call(() -> {
            Optional<Generation> old = Generation.withStatus(Status.ACTIVE);
            old.ifPresent(Generation::delete);
            Generation.getEntityManager().flush();
            Generation g = Generation.findById(generation);
            g.status = Status.ACTIVE;
            g.activatedAt = Instant.now();
            return old;
        });
        active = generation;
        LOG.infof("read model generation %d caught up and now answers", generation);
        retired.ifPresent(this::retire);
    }

    private void retire(Generation old) {
        GenerationConsumer consumer = consumers.remove(old.generation);
        if (consumer != null) {
            consumer.stop();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            schemas.drop(old.schemaName);
            inbox.forget(group(old.generation));
        });
        if (consumer != null) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                admin.deleteConsumerGroups(List.of(consumer.group())).all().get();
            } catch (Exception e) {
                LOG.warnf("consumer group %s of a retired generation stays: %s", consumer.group(), e.getMessage());
            }
        }
    }

    private String group(int generation) {
        return groupPrefix + ".g" + generation;
    }

    private RebuildState.GenerationView view(Generation g) {
        GenerationConsumer consumer = consumers.get(g.generation);
        GenerationConsumer.Progress p = consumer == null ? null : consumer.progress();
        return new RebuildState.GenerationView(g.generation, g.status.name(), g.startedAt, g.activatedAt,
                p == null ? 0 : p.applied(), p == null ? null : p.pendingEvents(), p == null ? null : p.newestEventAt());
    }
}
