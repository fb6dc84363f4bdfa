package org.grantsplatform.events;

/** Kafka topics of the platform. Each has a dead-letter twin named {@code <topic>.dlq}. */
public final class Topics {

    public static final String ASSOCIATIONS = "associations.events";
    public static final String GRANTS = "grants.events";
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
