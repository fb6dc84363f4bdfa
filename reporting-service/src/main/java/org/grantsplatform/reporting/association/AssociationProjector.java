package org.grantsplatform.reporting.association;

import jakarta.enterprise.context.ApplicationScoped;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.runtime.inbox.EventData;
import org.grantsplatform.runtime.inbox.EventHandler;
import org.grantsplatform.runtime.inbox.PoisonEventException;

/** Keeps {@link AssociationSummary} from associations events; an older version never overwrites a newer one. */
@ApplicationScoped
public class AssociationProjector implements EventHandler {

    @Override
    public boolean handles(String type) {
        return type.startsWith("associations.") && type.endsWith(".v1");
    }

    @Override
    public void apply(CloudEvent event) {
        AssociationData data = EventData.read(event, AssociationEvent.class).association();
        if (data == null || data.id() == null || data.name() == null || data.country() == null
                || data.region() == null) {
            throw new PoisonEventException(event.type() + " lacks the association's id, name, country or region");
        }
        AssociationSummary summary = AssociationSummary.findById(data.id());
        if (summary == null) {
            summary = new AssociationSummary();
            summary.associationId = data.id();
        } else if (summary.sourceVersion > data.version()) {
            return;
        }
        summary.name = data.name();
        summary.country = data.country();
        summary.region = data.region();
        summary.verified = data.verified();
        summary.memberCount = data.memberCount();
        summary.transparencyYear = data.transparencyYear();
        summary.transparencyRate = data.transparencyRate();
        summary.sourceVersion = data.version();
        summary.lastEventAt = event.time();
        summary.persist();
    }
}
