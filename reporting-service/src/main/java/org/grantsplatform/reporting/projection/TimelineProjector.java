package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ReviewCompleted;
import org.grantsplatform.runtime.inbox.PoisonEventException;

/**
 * Records each application and grant event as an entry of the grant's timeline, keyed by the
 * event's id. Entries are kept in event time, so their arrival order does not matter.
 */
@ApplicationScoped
public class TimelineProjector implements Projector {

    private static final Set<String> APPLICATION_TYPES = Set.of(EventTypes.APPLICATION_SUBMITTED,
            EventTypes.APPLICATION_SCREENED, EventTypes.APPLICATION_WITHDRAWN);

    @Override
    public boolean handles(String type) {
        return APPLICATION_TYPES.contains(type) || GrantProjector.TYPES.contains(type)
                || EventTypes.REVIEW_COMPLETED.equals(type) || EventTypes.APPLICATION_DECIDED.equals(type);
    }

    @Override
    public void project(CloudEvent event, Changes changes) {
        // an event without a time cannot be placed on a timeline; its other effects still apply
        if (event.time() == null) {
            return;
        }
        switch (event.type()) {
            case EventTypes.REVIEW_COMPLETED -> {
                ReviewCompleted review = changes.read(event, ReviewCompleted.class);
                ApplicationData a = required(event, review.application());
                changes.timeline(event.id(), event.type(), event.time(), a.id(), null, null, a.status(), null,
                        review.review() == null ? null : review.review().recommendation());
            }
            case EventTypes.APPLICATION_DECIDED -> {
                ApplicationDecided decided = changes.read(event, ApplicationDecided.class);
                ApplicationData a = required(event, decided.application());
                changes.timeline(event.id(), event.type(), event.time(), a.id(),
                        decided.grant() == null ? null : decided.grant().id(), null, a.status(), a.awardedAmount(),
                        a.decisionReason());
            }
            default -> {
                if (APPLICATION_TYPES.contains(event.type())) {
                    ApplicationEvent e = changes.read(event, ApplicationEvent.class);
                    ApplicationData a = required(event, e.application());
                    changes.timeline(event.id(), event.type(), event.time(), a.id(), null, null, a.status(),
                            a.requestedAmount(), e.note());
                } else {
                    grantEntry(event, changes);
                }
            }
        }
    }

    private static ApplicationData required(CloudEvent event, ApplicationData application) {
        if (application == null || application.id() == null) {
            throw new PoisonEventException(event.type() + ": application lacks its id");
        }
        return application;
    }

    private static void grantEntry(CloudEvent event, Changes changes) {
        GrantEvent e = changes.read(event, GrantEvent.class);
        GrantData g = e.grant();
        if (g == null || g.id() == null || g.applicationId() == null) {
            throw new PoisonEventException(event.type() + ": grant lacks its id or applicationId");
        }
        GrantData.TrancheData tranche = g.tranches() == null || e.trancheId() == null ? null
                : g.tranches().stream().filter(t -> e.trancheId().equals(t.id())).findFirst().orElse(null);
        if (tranche == null) {
            changes.timeline(event.id(), event.type(), event.time(), g.applicationId(), g.id(), null, g.status(),
                    g.disbursed(), null);
        } else {
            String note = EventTypes.DISBURSEMENT_PAID.equals(event.type()) ? tranche.paymentReference()
                    : tranche.milestone();
            changes.timeline(event.id(), event.type(), event.time(), g.applicationId(), g.id(), tranche.id(),
                    tranche.status(), tranche.amount(), note);
        }
    }
}
