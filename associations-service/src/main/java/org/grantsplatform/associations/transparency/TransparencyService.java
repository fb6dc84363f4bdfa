package org.grantsplatform.associations.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.associations.association.Association;
import org.grantsplatform.associations.association.AssociationService;

/**
 * An association's transparency rate per year: the share of its member MFIs that reported SP data
 * for the year. A member counts for a year when it had joined by then (or its joining year is
 * unknown), so a report for a year before a member joined is kept but does not count.
 * Reads the member and report tables directly, so that members and reports can both refresh it.
 */
@ApplicationScoped
public class TransparencyService {

    private static final String COUNTS_IN_YEAR = "(m.joined_year is null or m.joined_year <= r.year)";

    private final EntityManager em;
    private final AssociationService associations;

    @Inject
    public TransparencyService(EntityManager em, AssociationService associations) {
        this.em = em;
        this.associations = associations;
    }

    @Transactional
    public TransparencyView get(UUID associationId) {
        return new TransparencyView(associations.find(associationId).id, perYear(associationId));
    }

    /** Every year in which at least one counting member reported, latest first. */
    public List<TransparencyYear> perYear(UUID associationId) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.year, count(*),
                       (select count(*) from member o where o.association_id = m.association_id
                            and (o.joined_year is null or o.joined_year <= r.year))
                from sp_report r join member m on m.id = r.member_id
                where m.association_id = :association and %s
                group by r.year, m.association_id
                order by r.year desc""".formatted(COUNTS_IN_YEAR))
                .setParameter("association", associationId)
                .getResultList();
        return rows.stream()
                .map(row -> TransparencyYear.of(number(row[0]), number(row[2]), number(row[1])))
                .toList();
    }

    /** One year, even one in which no counting member reported. */
    public TransparencyYear ofYear(UUID associationId, int year) {
        em.flush();
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select count(*) from member m
                            where m.association_id = :association and (m.joined_year is null or m.joined_year <= :year)),
                       (select count(*) from sp_report r join member m on m.id = r.member_id
                            where m.association_id = :association and r.year = :year and %s)"""
                .formatted(COUNTS_IN_YEAR))
                .setParameter("association", associationId)
                .setParameter("year", year)
                .getSingleResult();
        return TransparencyYear.of(year, number(row[0]), number(row[1]));
    }

    /** Sets the association's rate to that of its latest reporting year, after its members or reports changed. */
    public void refresh(Association association) {
        List<TransparencyYear> years = perYear(association.id);
        TransparencyYear latest = years.isEmpty() ? null : years.get(0);
        association.transparencyYear = latest == null ? null : latest.year();
        association.transparencyRate = latest == null ? null : latest.rate();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
