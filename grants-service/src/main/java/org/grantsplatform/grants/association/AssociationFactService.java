package org.grantsplatform.grants.association;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.problem.ProblemException;

/** Reads what grants-service knows of associations; only {@link AssociationFactProjector} writes it. */
@ApplicationScoped
public class AssociationFactService {

    /** By name; the id orders associations of the same name, so that pages do not overlap. */
    @Transactional
    public Page<AssociationFactView> list(PageRequest page) {
        PanacheQuery<AssociationFact> query = AssociationFact.findAll(Sort.by("name").and("associationId"));
        return new Page<>(query.page(page.toPanache()).list().stream().map(AssociationFactView::of).toList(),
                page.page, page.size, query.count());
    }

    /** An association no event has told of yet is a 404. */
    @Transactional
    public AssociationFactView get(UUID id) {
        AssociationFact fact = AssociationFact.findById(id);
        if (fact == null) {
            throw ProblemException.notFound("association", id);
        }
        return AssociationFactView.of(fact);
    }
}
