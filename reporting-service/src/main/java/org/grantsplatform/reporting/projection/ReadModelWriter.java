package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.associations.SpReportData;
import org.grantsplatform.events.associations.TransparencyData;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.ProgrammeData;
import org.grantsplatform.reporting.readmodel.Sql;
import org.grantsplatform.runtime.inbox.PoisonEventException;

/**
 * Writes aggregates into the read model of the current transaction. Each upsert keeps the newest
 * version, so a redelivered or late event never overwrites what a newer one wrote.
 */
@ApplicationScoped
public class ReadModelWriter {

    private final Sql sql;

    @Inject
    public ReadModelWriter(Sql sql) {
        this.sql = sql;
    }

    public void programme(ProgrammeData p) {
        require(p != null && p.id() != null && p.name() != null && p.ownerSubject() != null && p.currency() != null
                && p.status() != null, "programme lacks its id, name, ownerSubject, currency or status");
        sql.update("""
                insert into programme (programme_id, name, description, donor_name, owner_subject, currency, budget,
                    status, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (programme_id) do update set name = excluded.name, description = excluded.description,
                    donor_name = excluded.donor_name, owner_subject = excluded.owner_subject,
                    currency = excluded.currency, budget = excluded.budget, status = excluded.status,
                    version = excluded.version
                where programme.version <= excluded.version""",
                p.id(), p.name(), p.description(), p.donorName(), p.ownerSubject(), p.currency(), p.budget(),
                p.status(), p.version());
    }

    public void association(AssociationData a) {
        require(a != null && a.id() != null && a.name() != null && a.country() != null && a.region() != null,
                "association lacks its id, name, country or region");
        sql.update("""
                insert into association (association_id, name, country, region, verified, member_count,
                    transparency_year, transparency_rate, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (association_id) do update set name = excluded.name, country = excluded.country,
                    region = excluded.region, verified = excluded.verified, member_count = excluded.member_count,
                    transparency_year = excluded.transparency_year, transparency_rate = excluded.transparency_rate,
                    version = excluded.version
                where association.version <= excluded.version""",
                a.id(), a.name(), a.country(), a.region(), a.verified(), a.memberCount(), a.transparencyYear(),
                a.transparencyRate(), a.version());
    }

    public void application(ApplicationData a) {
        require(a != null && a.id() != null && a.programmeId() != null && a.associationId() != null
                && a.title() != null && a.currency() != null && a.status() != null,
                "application lacks its id, programmeId, associationId, title, currency or status");
        sql.update("""
                insert into application (application_id, programme_id, association_id, title, summary,
                    funding_window, strategies, currency, requested_amount, awarded_amount, duration_months, status,
                    submitted_at, decided_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (application_id) do update set programme_id = excluded.programme_id,
                    association_id = excluded.association_id, title = excluded.title, summary = excluded.summary,
                    funding_window = excluded.funding_window, strategies = excluded.strategies,
                    currency = excluded.currency, requested_amount = excluded.requested_amount,
                    awarded_amount = excluded.awarded_amount, duration_months = excluded.duration_months,
                    status = excluded.status, submitted_at = excluded.submitted_at,
                    decided_at = excluded.decided_at, version = excluded.version
                where application.version <= excluded.version""",
                a.id(), a.programmeId(), a.associationId(), a.title(), a.summary(), a.window(),
                a.strategies() == null ? "" : String.join(",", a.strategies()), a.currency(), a.requestedAmount(),
                a.awardedAmount(), a.durationMonths(), a.status(), a.submittedAt(), a.decidedAt(), a.version());
    }

    /**
     * Writes the grant and, when this is its newest version, its tranches. A grant whose
     * application has not arrived yet gets a placeholder application that the real one replaces.
     */
    public void grant(GrantData g) {
        require(g != null && g.id() != null && g.applicationId() != null && g.programmeId() != null
                && g.associationId() != null && g.title() != null && g.currency() != null && g.awarded() != null
                && g.status() != null && g.awardedAt() != null,
                "grant lacks its id, applicationId, programmeId, associationId, title, currency, awarded, status "
                        + "or awardedAt");
        int written = sql.update("""
                insert into grant_award (grant_id, application_id, programme_id, association_id, title, currency,
                    awarded, disbursed, status, awarded_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (grant_id) do update set title = excluded.title, awarded = excluded.awarded,
                    disbursed = excluded.disbursed, status = excluded.status, version = excluded.version
                where grant_award.version <= excluded.version""",
                g.id(), g.applicationId(), g.programmeId(), g.associationId(), g.title(), g.currency(), g.awarded(),
                g.disbursed() == null ? BigDecimal.ZERO : g.disbursed(), g.status(), g.awardedAt(), g.version());
        sql.update("""
                insert into application (application_id, programme_id, association_id, title, currency,
                    awarded_amount, status, decided_at, version)
                values (?, ?, ?, ?, ?, ?, 'AWARDED', ?, -1)
                on conflict (application_id) do nothing""",
                g.applicationId(), g.programmeId(), g.associationId(), g.title(), g.currency(), g.awarded(),
                g.awardedAt());
        if (written > 0) {
            tranches(g.id(), g.tranches() == null ? List.of() : g.tranches());
        }
    }

    private void tranches(UUID grantId, List<GrantData.TrancheData> tranches) {
        sql.update("delete from tranche where grant_id = ?", grantId);
        for (GrantData.TrancheData t : tranches) {
            require(t.id() != null && t.amount() != null && t.status() != null,
                    "tranche lacks its id, amount or status");
            sql.update("""
                    insert into tranche (tranche_id, grant_id, sequence, amount, due_date, milestone, status, paid_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    t.id(), grantId, t.sequence(), t.amount(), t.dueDate(), t.milestone(), t.status(), t.paidOn());
        }
    }

    public void spReport(UUID associationId, long associationVersion, SpReportData r) {
        require(r != null && r.memberId() != null, "sp report lacks its memberId");
        sql.update("""
                insert into sp_report (member_id, year, association_id, active_borrowers, women_borrowers_pct,
                    rural_borrowers_pct, client_retention_rate_pct, portfolio_at_risk30_pct, staff_turnover_pct,
                    has_social_mission, board_sp_committee, client_protection_endorsed, association_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (member_id, year) do update set association_id = excluded.association_id,
                    active_borrowers = excluded.active_borrowers, women_borrowers_pct = excluded.women_borrowers_pct,
                    rural_borrowers_pct = excluded.rural_borrowers_pct,
                    client_retention_rate_pct = excluded.client_retention_rate_pct,
                    portfolio_at_risk30_pct = excluded.portfolio_at_risk30_pct,
                    staff_turnover_pct = excluded.staff_turnover_pct,
                    has_social_mission = excluded.has_social_mission,
                    board_sp_committee = excluded.board_sp_committee,
                    client_protection_endorsed = excluded.client_protection_endorsed,
                    association_version = excluded.association_version
                where sp_report.association_version <= excluded.association_version""",
                r.memberId(), r.year(), associationId, r.activeBorrowers(), r.womenBorrowersPct(),
                r.ruralBorrowersPct(), r.clientRetentionRatePct(), r.portfolioAtRisk30Pct(), r.staffTurnoverPct(),
                r.hasSocialMission(), r.boardSpCommittee(), r.clientProtectionEndorsed(), associationVersion);
    }

    public void transparency(UUID associationId, long associationVersion, TransparencyData t) {
        if (t == null) {
            return;
        }
        sql.update("""
                insert into transparency (association_id, year, members, members_reporting, rate, association_version)
                values (?, ?, ?, ?, ?, ?)
                on conflict (association_id, year) do update set members = excluded.members,
                    members_reporting = excluded.members_reporting, rate = excluded.rate,
                    association_version = excluded.association_version
                where transparency.association_version <= excluded.association_version""",
                associationId, t.year(), t.members(), t.membersReporting(), t.rate(), associationVersion);
    }

    /** One entry of an application's (and so its grant's) timeline; a redelivered event adds nothing. */
    public void timeline(String eventId, String type, Instant at, UUID applicationId, UUID grantId, UUID trancheId,
            String status, BigDecimal amount, String note) {
        sql.update("""
                insert into grant_timeline (event_id, application_id, grant_id, tranche_id, type, occurred_at, status,
                    amount, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (event_id) do nothing""",
                eventId, applicationId, grantId, trancheId, type, at, status, amount, note);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new PoisonEventException(message);
        }
    }
}
