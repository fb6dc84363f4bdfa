package org.grantsplatform.reporting.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.associations.SpReportData;
import org.grantsplatform.events.associations.TransparencyData;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.ProgrammeData;
import org.grantsplatform.runtime.inbox.EventData;
import org.grantsplatform.runtime.inbox.PoisonEventException;

/**
 * What one or more events change in the read model, in the order they were projected, kept as
 * the newest version of each aggregate: applying one event after another, the newest version (the
 * later of equal ones) wins as well, so writing only that one leaves the same rows.
 */
public final class Changes {

    public record SpReport(UUID associationId, long associationVersion, SpReportData report) {
    }

    public record Transparency(UUID associationId, long associationVersion, TransparencyData transparency) {
    }

    public record Timeline(String eventId, String type, Instant at, UUID applicationId, UUID grantId, UUID trancheId,
            String status, BigDecimal amount, String note) {
    }

    public record MemberYear(UUID id, int year) {
    }

    private final Map<UUID, ProgrammeData> programmes = new LinkedHashMap<>();
    private final Map<UUID, AssociationData> associations = new LinkedHashMap<>();
    private final Map<UUID, ApplicationData> applications = new LinkedHashMap<>();
    private final Map<UUID, GrantData> grants = new LinkedHashMap<>();
    /** The first grant seen of each application: a placeholder application is filled from it. */
    private final Map<UUID, GrantData> placeholders = new LinkedHashMap<>();
    private final Map<MemberYear, SpReport> spReports = new LinkedHashMap<>();
    private final Map<MemberYear, Transparency> transparencies = new LinkedHashMap<>();
    private final List<Timeline> timeline = new ArrayList<>();

    private CloudEvent readOf;
    private final Map<Class<?>, Object> read = new HashMap<>();

    /** The event's data as the given type, converted once however many projectors read it. */
    public <T> T read(CloudEvent event, Class<T> type) {
        if (event != readOf) {
            readOf = event;
            read.clear();
        }
        Object data = read.get(type);
        if (data == null) {
            data = EventData.read(event, type);
            read.put(type, data);
        }
        return type.cast(data);
    }

    public boolean isEmpty() {
        return programmes.isEmpty() && associations.isEmpty() && applications.isEmpty() && grants.isEmpty()
                && spReports.isEmpty() && transparencies.isEmpty() && timeline.isEmpty();
    }

    public void programme(ProgrammeData p) {
        require(p != null && p.id() != null && p.name() != null && p.ownerSubject() != null && p.currency() != null
                && p.status() != null, "programme lacks its id, name, ownerSubject, currency or status");
        newest(programmes, p.id(), p, ProgrammeData::version);
    }

    public void association(AssociationData a) {
        require(a != null && a.id() != null && a.name() != null && a.country() != null && a.region() != null,
                "association lacks its id, name, country or region");
        newest(associations, a.id(), a, AssociationData::version);
    }

    public void application(ApplicationData a) {
        require(a != null && a.id() != null && a.programmeId() != null && a.associationId() != null
                && a.title() != null && a.currency() != null && a.status() != null,
                "application lacks its id, programmeId, associationId, title, currency or status");
        newest(applications, a.id(), a, ApplicationData::version);
    }

    /** A grant and its tranches; a grant whose application is unknown yet leaves a placeholder application. */
    public void grant(GrantData g) {
        require(g != null && g.id() != null && g.applicationId() != null && g.programmeId() != null
                && g.associationId() != null && g.title() != null && g.currency() != null && g.awarded() != null
                && g.status() != null && g.awardedAt() != null,
                "grant lacks its id, applicationId, programmeId, associationId, title, currency, awarded, status "
                        + "or awardedAt");
        for (GrantData.TrancheData t : tranchesOf(g)) {
            require(t.id() != null && t.amount() != null && t.status() != null, "tranche lacks its id, amount or status");
        }
        newest(grants, g.id(), g, GrantData::version);
        placeholders.putIfAbsent(g.applicationId(), g);
    }

    /** A member's report for a year; it carries no version of its own, its association's orders them. */
    public void spReport(UUID associationId, long associationVersion, SpReportData r) {
        require(r != null && r.memberId() != null, "sp report lacks its memberId");
        newest(spReports, new MemberYear(r.memberId(), r.year()), new SpReport(associationId, associationVersion, r),
                SpReport::associationVersion);
    }

    public void transparency(UUID associationId, long associationVersion, TransparencyData t) {
        if (t != null) {
            newest(transparencies, new MemberYear(associationId, t.year()),
                    new Transparency(associationId, associationVersion, t), Transparency::associationVersion);
        }
    }

    /** One entry of an application's (and so its grant's) timeline; a redelivered event adds nothing. */
    public void timeline(String eventId, String type, Instant at, UUID applicationId, UUID grantId, UUID trancheId,
            String status, BigDecimal amount, String note) {
        timeline.add(new Timeline(eventId, type, at, applicationId, grantId, trancheId, status, amount, note));
    }

    // read-only views: the writer, which alone knows the tables, lives in readmodel

    public Map<UUID, ProgrammeData> programmes() {
        return Collections.unmodifiableMap(programmes);
    }

    public Map<UUID, AssociationData> associations() {
        return Collections.unmodifiableMap(associations);
    }

    public Map<UUID, ApplicationData> applications() {
        return Collections.unmodifiableMap(applications);
    }

    public Map<UUID, GrantData> grants() {
        return Collections.unmodifiableMap(grants);
    }

    public Map<UUID, GrantData> placeholders() {
        return Collections.unmodifiableMap(placeholders);
    }

    public Map<MemberYear, SpReport> spReports() {
        return Collections.unmodifiableMap(spReports);
    }

    public Map<MemberYear, Transparency> transparencies() {
        return Collections.unmodifiableMap(transparencies);
    }

    public List<Timeline> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public static List<GrantData.TrancheData> tranchesOf(GrantData g) {
        return g.tranches() == null ? List.of() : g.tranches();
    }

    private static <K, V> void newest(Map<K, V> map, K key, V value, ToLongFunction<V> version) {
        V kept = map.get(key);
        if (kept == null || version.applyAsLong(kept) <= version.applyAsLong(value)) {
            map.put(key, value);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new PoisonEventException(message);
        }
    }
}
