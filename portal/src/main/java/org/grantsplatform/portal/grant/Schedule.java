package org.grantsplatform.portal.grant;

import java.math.BigDecimal;

/**
 * A grant's award split into tranches, and what a program manager may do with each tranche now by grants-service's
 * rules: the service decides, this only chooses which actions a page offers.
 */
public record Schedule(Grant grant) {

    private static final String PLANNED = "PLANNED";

    /** The tranches' amounts added up. */
    public BigDecimal scheduled() {
        return grant.tranches().stream().map(Grant.Tranche::amount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is left of the award for more tranches; tranches never add up to more than the award. */
    public BigDecimal remaining() {
        BigDecimal left = grant.awarded().subtract(scheduled());
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }

    public boolean canSchedule() {
        return grant.active() && remaining().signum() > 0;
    }

    /** The most a tranche may be changed to: what is left of the award and its own amount. */
    public BigDecimal mostFor(Grant.Tranche tranche) {
        return remaining().add(tranche.amount());
    }

    /** A tranche whose disbursement has not been requested takes a new amount, date or milestone, or is cancelled. */
    public boolean canChange(Grant.Tranche tranche) {
        return grant.active() && PLANNED.equals(tranche.status());
    }

    /** The first tranche's money may be asked for at once; each later one's after its milestone report is accepted. */
    public boolean canRequest(Grant.Tranche tranche) {
        return canChange(tranche) && (tranche.sequence() == 1 || "ACCEPTED".equals(tranche.reportStatus()));
    }

    /** A later tranche whose money waits for its milestone report to be accepted. */
    public boolean waitsForReport(Grant.Tranche tranche) {
        return canChange(tranche) && !canRequest(tranche);
    }

    public boolean canPay(Grant.Tranche tranche) {
        return "APPROVED".equals(tranche.status());
    }

    public boolean canReview(Grant.Tranche tranche) {
        return grant.active() && "SUBMITTED".equals(tranche.reportStatus());
    }
}
