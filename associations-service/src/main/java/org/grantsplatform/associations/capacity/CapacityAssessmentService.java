package org.grantsplatform.associations.capacity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.grantsplatform.associations.association.Association;
import org.grantsplatform.associations.association.AssociationService;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.associations.CapacityAssessed;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.outbox.Outbox;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Caller;

@ApplicationScoped
public class CapacityAssessmentService {

    private final AssociationService associations;
    private final Outbox outbox;
    private final Caller caller;

    @Inject
    public CapacityAssessmentService(AssociationService associations, Outbox outbox, Caller caller) {
        this.associations = associations;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Records a new current version; the ones before stay as history. */
    @Transactional
    public CapacityAssessmentView assess(UUID associationId, CapacityAssessmentRequest request) {
        // the association's lock also keeps two assessments from taking the same version
        Association association = associations.findForChange(associationId);
        CapacityAssessment current = CapacityAssessment.current(association.id);
        if (current == null && request.version() != null) {
            throw ProblemException.conflict("association " + associationId
                    + " has no capacity assessment to replace; leave version out for the first one");
        }
        if (current != null && !Integer.valueOf(current.version).equals(request.version())) {
            throw ProblemException.conflict("the capacity assessment of association " + associationId
                    + " is at version " + current.version + "; send that version to replace it");
        }
        CapacityAssessment assessment = new CapacityAssessment();
        assessment.id = UUID.randomUUID();
        assessment.associationId = association.id;
        assessment.version = current == null ? 1 : current.version + 1;
        request.applyTo(assessment);
        assessment.assessedBy = caller.subject();
        assessment.assessedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        assessment.persist();
        CapacityAssessmentView view = CapacityAssessmentView.of(assessment);
        outbox.emit(Topics.ASSOCIATIONS, EventTypes.ASSOCIATION_UPDATED, association.id,
                new CapacityAssessed(associations.dataOf(association), view.toEventData()));
        return view;
    }

    @Transactional
    public CapacityAssessmentView current(UUID associationId) {
        CapacityAssessment current = CapacityAssessment.current(associations.find(associationId).id);
        if (current == null) {
            throw new ProblemException(404, "Not found",
                    "association " + associationId + " has no capacity assessment yet", null);
        }
        return CapacityAssessmentView.of(current);
    }

    /** Every version, the current one first. */
    @Transactional
    public Page<CapacityAssessmentView> history(UUID associationId, PageRequest page) {
        PanacheQuery<CapacityAssessment> query = CapacityAssessment.find("associationId",
                Sort.descending("version"), associations.find(associationId).id);
        return new Page<>(query.page(page.toPanache()).list().stream().map(CapacityAssessmentView::of).toList(),
                page.page, page.size, query.count());
    }
}
