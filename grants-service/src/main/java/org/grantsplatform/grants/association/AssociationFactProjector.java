package org.grantsplatform.grants.association;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.runtime.inbox.EventData;
import org.grantsplatform.runtime.inbox.EventHandler;
import org.grantsplatform.runtime.inbox.PoisonEventException;

/**
 * Keeps {@link AssociationFact} from every associations event: each one carries the association's
 * full state, so the newest version wins and any older one is ignored.
 */
@ApplicationScoped
public class AssociationFactProjector implements EventHandler {

    @Override
    public boolean handles(String type) {
        return type.startsWith("associations.") && type.endsWith(".v1");
    }

    @Override
    public void apply(CloudEvent event) {
        // every associations event's data holds the association under "association"
        AssociationData data = EventData.read(event, AssociationEvent.class).association();
        if (data == null || data.id() == null || data.name() == null || data.country() == null
                || data.region() == null) {
            throw new PoisonEventException(event.type() + " lacks the association's id, name, country or region");
        }
        AssociationFact fact = AssociationFact.findById(data.id());
        if (fact == null) {
            fact = new AssociationFact();
            fact.associationId = data.id();
        } else if (fact.sourceVersion > data.version()) {
            return;
        }
        fact.name = data.name();
        fact.country = data.country();
        fact.region = data.region();
        fact.verified = data.verified();
        fact.memberCount = data.memberCount();
        fact.transparencyYear = data.transparencyYear();
        fact.transparencyRate = data.transparencyRate();
        fact.owners.clear();
        if (data.owners() != null) {
            fact.owners.addAll(data.owners());
        }
        fact.sourceVersion = data.version();
        fact.updatedAt = Instant.now();
        fact.persist();
    }
}
