package org.grantsplatform.grants.history;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.security.Caller;

/** Appends transitions to the audit trail, in the transaction that makes them. */
@ApplicationScoped
public class History {

    private final Caller caller;

    @Inject
    public History(Caller caller) {
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateType, UUID aggregateId, UUID trancheId, Enum<?> from, Enum<?> to,
            String eventType, String note) {
        record(aggregateType, aggregateId, trancheId, from == null ? null : from.name(), to.name(), eventType, note);
    }

    /** For a transition to a state no status holds, such as a tranche's CANCELLED (the tranche is gone). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateType, UUID aggregateId, UUID trancheId, String from, String to,
            String eventType, String note) {
        HistoryEntry entry = new HistoryEntry();
        entry.aggregateType = aggregateType;
        entry.aggregateId = aggregateId;
        entry.trancheId = trancheId;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.eventType = eventType;
        entry.note = note;
        entry.actorSubject = caller.subject();
        entry.actorName = caller.userName();
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.persist();
    }

    /** The caller has already been found allowed to see the aggregate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<HistoryEntryView> of(String aggregateType, UUID aggregateId, PageRequest page) {
        return page(HistoryEntry.of(aggregateType, aggregateId), page);
    }

    /** As {@link #of}, keeping of the entries of {@code eventType} only the caller's own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<HistoryEntryView> ofOwn(String eventType, String aggregateType, UUID aggregateId, PageRequest page) {
        return page(HistoryEntry.of(aggregateType, aggregateId, eventType, caller.subject()), page);
    }

    /** As {@link #of}, with the entries of {@code eventType} not saying who made them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<HistoryEntryView> withoutActors(String eventType, String aggregateType, UUID aggregateId,
            PageRequest page) {
        return page(HistoryEntry.of(aggregateType, aggregateId), page).map(e -> eventType.equals(e.event())
                ? new HistoryEntryView(e.at(), null, null, e.fromStatus(), e.toStatus(), e.trancheId(), e.event(),
                        e.note())
                : e);
    }

    private static Page<HistoryEntryView> page(PanacheQuery<HistoryEntry> query, PageRequest page) {
        return new Page<>(query.page(page.toPanache()).list().stream().map(HistoryEntryView::of).toList(),
                page.page, page.size, query.count());
    }
}
