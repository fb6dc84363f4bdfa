package org.grantsplatform.reporting.projection;

import org.grantsplatform.events.CloudEvent;

/** Turns the events of the types it handles into changes of the read model. */
public interface Projector {

    boolean handles(String type);

    void project(CloudEvent event, Changes changes);
}
