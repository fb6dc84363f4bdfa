package org.grantsplatform.runtime.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventJson;

/** Reads a CloudEvent's {@code data} into its contract record; data that does not fit is poison. */
public final class EventData {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private EventData() {
    }

    public static <T> T read(CloudEvent event, Class<T> type) {
        if (event.data() == null || event.data().isNull()) {
            throw new PoisonEventException(event.type() + " has no data");
        }
        try {
            return JSON.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " data does not match " + type.getSimpleName(), e);
        }
    }

    public static CloudEvent parse(String json) {
        if (json == null) {
            throw new PoisonEventException("record has no value");
        }
        CloudEvent event;
        try {
            event = JSON.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not a CloudEvents JSON document: " + e.getOriginalMessage(), e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion()) || blank(event.id()) || blank(event.type())
                || blank(event.source())) {
            throw new PoisonEventException("CloudEvent lacks specversion 1.0, id, source or type");
        }
        return event;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
