package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.associations.SpReportSubmitted;
import org.grantsplatform.runtime.inbox.PoisonEventException;

/**
 * Member MFIs' social-performance indicators and the association's transparency for the year.
 * A report carries no version of its own; its association's version orders them.
 */
@ApplicationScoped
public class SpReportProjector implements Projector {

    @Override
    public boolean handles(String type) {
        return EventTypes.SP_REPORT_SUBMITTED.equals(type);
    }

    @Override
    public void project(CloudEvent event, Changes changes) {
        SpReportSubmitted data = changes.read(event, SpReportSubmitted.class);
        if (data.association() == null || data.association().id() == null) {
            throw new PoisonEventException(event.type() + " lacks its association");
        }
        changes.spReport(data.association().id(), data.association().version(), data.report());
        changes.transparency(data.association().id(), data.association().version(), data.transparency());
    }
}
