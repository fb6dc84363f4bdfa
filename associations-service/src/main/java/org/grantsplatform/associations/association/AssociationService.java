package org.grantsplatform.associations.association;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.associations.AssociationData;
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
        if (filter.mine) {
            where.add(":owner member of owners");
            params.and("owner", caller.subject());
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

    /** Owners and admins edit the profile; verification and owners have their own operations. */
    @Transactional
    public AssociationView update(UUID id, AssociationProfile profile) {
        Association association = findForChange(id);
        if (profile.version() != association.version) {
            throw ProblemException.conflict("association " + id + " is at version " + association.version
                    + ", not " + profile.version() + "; read it again");
        }
        profile.applyTo(association);
        return emit(EventTypes.ASSOCIATION_UPDATED, association);
    }

    @Transactional
    public AssociationView addOwner(UUID id, String subject) {
        Association association = findForChange(id);
        if (!association.owners.add(subject)) {
            throw ProblemException.conflict(subject + " already owns association " + id);
        }
        return emit(EventTypes.ASSOCIATION_UPDATED, association);
    }

    /**
     * Verifies or revokes. The verification fields record the latest decision, so a revocation
     * says who revoked it, when and why.
     */
    @Transactional
    public AssociationView verify(UUID id, VerificationRequest request) {
        Association association = lock(id);
        if (association.verified == request.verified()) {
            throw ProblemException.conflict("association " + id
                    + (association.verified ? " is already verified" : " is not verified, so there is nothing to revoke"));
        }
        association.verified = request.verified();
        association.verificationNote = request.note().strip();
        association.verifiedBy = caller.subject();
        association.verifiedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return emit(EventTypes.ASSOCIATION_VERIFIED, association);
    }

    /** An association any authenticated caller may read. */
    public Association find(UUID id) {
        Association association = Association.findById(id);
        if (association == null) {
            throw ProblemException.notFound("association", id);
        }
        return association;
    }

    /**
     * The association the caller is about to change, locked until the transaction ends so that
     * changes of one association (and their events) follow each other. Only its owners and admins
     * may change it; anyone may read it, so a stranger learns nothing from a 403.
     */
    public Association findForChange(UUID id) {
        Association association = lock(id);
        requireChangeable(association);
        return association;
    }

    /** Checks, without a lock, that the association exists and the caller may change it. */
    @Transactional
    public void requireChangeable(UUID id) {
        requireChangeable(find(id));
    }

    private void requireChangeable(Association association) {
        if (!caller.isAdmin() && !association.isOwnedBy(caller.subject())) {
            throw ProblemException.forbidden("only the owners of association " + association.id
                    + " and admins may change it");
        }
    }

    /** The association's full state for an event, flushed first so that {@code version} is current. */
    public AssociationData dataOf(Association association) {
        Association.flush();
        return AssociationView.of(association).toEventData();
    }

    private Association lock(UUID id) {
        // The row lock first: with its eagerly fetched owners Hibernate reads the association and locks
        // it afterwards with a version check, which a change committed in between turned into a 409.
        Association.getEntityManager().createNativeQuery("select id from association where id = :id for no key update")
                .setParameter("id", id).getResultList();
        Association association = Association.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (association == null) {
            throw ProblemException.notFound("association", id);
        }
        return association;
    }

    private AssociationView emit(String type, Association association) {
        AssociationData data = dataOf(association);
        outbox.emit(Topics.ASSOCIATIONS, type, association.id, new AssociationEvent(data));
        return AssociationView.of(association);
    }
}
