package org.grantsplatform.associations.association;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.outbox.Outbox;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Caller;

@ApplicationScoped
public class AssociationService {

    private final Outbox outbox;
    private final Caller caller;

    @Inject
    public AssociationService(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    /** The caller registers an association and becomes its first owner. */
    @Transactional
    public AssociationView register(AssociationProfile profile) {
        Association association = new Association();
        association.id = UUID.randomUUID();
        profile.applyTo(association);
        association.owners.add(caller.subject());
        association.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        association.persist();
        return emit(EventTypes.ASSOCIATION_REGISTERED, association);
    }

    @Transactional
    public Page<AssociationView> list(AssociationFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.region != null) {
            where.add("region = :region");
            params.and("region", filter.region);
        }
        if (filter.country != null) {
            where.add("country = :country");
            params.and("country", filter.country);
        }
        if (filter.verified != null) {
            where.add("verified = :verified");
            params.and("verified", filter.verified);
        }
        if (filter.q != null && !filter.q.isBlank()) {
            where.add("lower(name) like :q");
            params.and("q", "%" + filter.q.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        PanacheQuery<Association> query = where.isEmpty()
                ? Association.findAll(Sort.by("name").and("id"))
                : Association.find(String.join(" and ", where), Sort.by("name").and("id"), params);
        List<AssociationView> items = query.page(page.toPanache()).list().stream().map(AssociationView::of).toList();
        return new Page<>(items, page.page, page.size, query.count());
    }

    @Transactional
    public AssociationView get(UUID id) {
        return AssociationView.of(find(id));
    }

    Association find(UUID id) {
        Association association = Association.findById(id);
        if (association == null) {
            throw ProblemException.notFound("association", id);
        }
        return association;
    }

    private AssociationView emit(String type, Association association) {
        // flush so the event carries the version the database now holds
        Association.flush();
        AssociationView view = AssociationView.of(association);
        outbox.emit(Topics.ASSOCIATIONS, type, association.id, new AssociationEvent(view.toEventData()));
        return view;
    }
}
