package org.grantsplatform.runtime.inbox;

import jakarta.transaction.RollbackException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.transaction.xa.XAException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.Topics;
import org.jboss.logging.Logger;

/**
 * Decides what becomes of one consumed record: applied once through the inbox, skipped (a type
 * no handler knows), dead-lettered (it can never be applied) or retried (the database is away).
 */
public class RecordProcessor {

    public enum Outcome { APPLIED, DUPLICATE, SKIPPED, DEAD_LETTERED, RETRY }

    public interface InboxPort {
        boolean applyOnce(String consumer, CloudEvent event, List<EventHandler> handlers);
    }

    private static final Logger LOG = Logger.getLogger(RecordProcessor.class);

    private final String consumer;
    private final List<EventHandler> handlers;
    private final InboxPort inbox;
    private final Consumer<ProducerRecord<String, String>> deadLetters;

    public RecordProcessor(String consumer, List<EventHandler> handlers, InboxPort inbox,
            Consumer<ProducerRecord<String, String>> deadLetters) {
        this.consumer = consumer;
        this.handlers = handlers;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
    }

    public Outcome process(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = EventData.parse(record.value());
        } catch (PoisonEventException e) {
            return deadLetter(record, e);
        }
        List<EventHandler> interested = handlers.stream().filter(h -> h.handles(event.type())).toList();
        if (interested.isEmpty()) {
            return Outcome.SKIPPED;
        }
        try {
            return inbox.applyOnce(consumer, event, interested) ? Outcome.APPLIED : Outcome.DUPLICATE;
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                LOG.warnf("event %s not applied yet, will retry: %s", event.id(), rootMessage(e));
                return Outcome.RETRY;
            }
            return deadLetter(record, e);
        }
    }

    private Outcome deadLetter(ConsumerRecord<String, String> record, Exception cause) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetterOf(record.topic()), null,
                record.key(), record.value());
        for (Header h : record.headers()) {
            dead.headers().add(h);
        }
        header(dead, "dead-letter-reason", rootMessage(cause));
        header(dead, "dead-letter-cause", rootOf(cause).getClass().getName());
        header(dead, "dead-letter-topic", record.topic());
        header(dead, "dead-letter-partition", Integer.toString(record.partition()));
        header(dead, "dead-letter-offset", Long.toString(record.offset()));
        header(dead, "dead-letter-consumer", consumer);
        try {
            deadLetters.accept(dead);
        } catch (RuntimeException e) {
            LOG.warnf("cannot write to %s yet, will retry: %s", dead.topic(), e.getMessage());
            return Outcome.RETRY;
        }
        LOG.errorf("record %s-%d@%d sent to %s: %s", record.topic(), record.partition(), record.offset(),
                dead.topic(), rootMessage(cause));
        return Outcome.DEAD_LETTERED;
    }

    /**
     * Database trouble (connection lost, server restarting, pool exhausted, serialization failure, a
     * commit that failed) passes; bad data (integrity or data exceptions, class 22 and 23) and handler
     * errors do not. A commit lost with its connection may or may not have landed: the inbox makes the
     * retry safe either way. Narayana gives the reason of a failed commit as a suppressed exception,
     * so those are read too.
     */
    static boolean isTransient(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        collect(e, chain);
        boolean transientFound = false;
        for (Throwable t : chain) {
            if (t instanceof PoisonEventException) {
                return false;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                    return false;
                }
                transientFound = true;
            }
            String name = t.getClass().getName();
            transientFound |= name.endsWith("OptimisticLockException") || name.endsWith("StaleObjectStateException")
                    || t instanceof RollbackException || t instanceof XAException;
        }
        return transientFound;
    }

    private static void collect(Throwable e, List<Throwable> chain) {
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
            for (Throwable suppressed : t.getSuppressed()) {
                collect(suppressed, chain);
            }
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof PoisonEventException) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = rootOf(e);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
