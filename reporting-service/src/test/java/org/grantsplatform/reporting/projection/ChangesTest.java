package org.grantsplatform.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventJson;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.events.associations.MemberChanged;
import org.grantsplatform.events.associations.MemberData;
import org.grantsplatform.events.associations.SpReportData;
import org.grantsplatform.events.associations.SpReportSubmitted;
import org.grantsplatform.events.associations.TransparencyData;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ProgrammeData;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.events.grants.ReviewCompleted;
import org.grantsplatform.events.grants.ReviewData;
import org.grantsplatform.events.grants.ReviewerUnassigned;
import org.grantsplatform.reporting.TestEvents;
import org.grantsplatform.runtime.inbox.PoisonEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each event type changes in the read model, through every projector as the consumer runs them, without a
 * database or a broker: the newest version of each aggregate and one timeline entry per application or grant event.
 */
class ChangesTest {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final List<Projector> PROJECTORS = List.of(new ProgrammeProjector(), new AssociationProjector(),
            new ApplicationProjector(), new GrantProjector(), new SpReportProjector(), new TimelineProjector());
    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");

    private final UUID programmeId = UUID.randomUUID();
    private final UUID applicationId = UUID.randomUUID();
    private final UUID associationId = UUID.randomUUID();
    private final UUID trancheId = UUID.randomUUID();
    private final ProgrammeData programme = TestEvents.programme(programmeId, "donor1", "Fondation", "EUR", "OPEN", 2);
    private final AssociationData association = TestEvents.association(associationId, "SN", "AFRICA", 12, 4, 2025,
            new BigDecimal("0.75"));
    private final ApplicationData submitted = application("SUBMITTED", null, 2);
    private final ApplicationData awarded = application("AWARDED", "30000.00", 6);
    private final GrantData grant = TestEvents.grant(UUID.randomUUID(), awarded, AT, "0.00", "ACTIVE",
            List.of(TestEvents.tranche(trancheId, 1, "30000.00", LocalDate.of(2026, 9, 30), "PAID",
                    LocalDate.of(2026, 9, 1))), 5);

    @ParameterizedTest
    @ValueSource(strings = {EventTypes.ASSOCIATION_REGISTERED, EventTypes.ASSOCIATION_UPDATED,
            EventTypes.ASSOCIATION_VERIFIED})
    void shouldKeepTheAssociationOfAnAssociationEvent(String type) {
        Changes changes = project(type, new AssociationEvent(association));

        assertHolds(changes.associations(), associationId, association);
        assertOnly(changes, changes.associations());
    }

    @Test
    void shouldKeepTheAssociationOfAMemberChange() {
        MemberData member = new MemberData(UUID.randomUUID(), "Caisse", "SN", "COOPERATIVE", 2019, 1);
        Changes changes = project(EventTypes.MEMBER_CHANGED, new MemberChanged(association, member));

        assertHolds(changes.associations(), associationId, association);
        assertOnly(changes, changes.associations());
    }

    @Test
    void shouldKeepAnSpReportWithItsYearsTransparencyOrderedByTheAssociation() {
        SpReportData report = new SpReportData(UUID.randomUUID(), 2025, 18450, new BigDecimal("71.2"), null, null,
                "XOF", null, null, null, true, null, null, null, List.of(), null);
        TransparencyData transparency = new TransparencyData(2025, 12, 9, new BigDecimal("0.75"));
        Changes changes = project(EventTypes.SP_REPORT_SUBMITTED,
                new SpReportSubmitted(association, report, transparency));

        assertHolds(changes.associations(), associationId, association);
        assertHolds(changes.spReports(), new Changes.MemberYear(report.memberId(), 2025),
                new Changes.SpReport(associationId, 4, report));
        assertHolds(changes.transparencies(), new Changes.MemberYear(associationId, 2025),
                new Changes.Transparency(associationId, 4, transparency));
        assertThat(changes.timeline()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {EventTypes.PROGRAMME_PUBLISHED, EventTypes.PROGRAMME_CLOSED})
    void shouldKeepTheProgrammeOfAProgrammeEvent(String type) {
        Changes changes = project(type, new ProgrammeEvent(programme));

        assertHolds(changes.programmes(), programmeId, programme);
        assertOnly(changes, changes.programmes());
    }

    @ParameterizedTest
    @ValueSource(strings = {EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_SCREENED,
            EventTypes.APPLICATION_WITHDRAWN})
    void shouldKeepTheApplicationAndPutTheEventOnItsTimeline(String type) {
        Changes changes = project(type, new ApplicationEvent(submitted, "a note"));

        assertHolds(changes.applications(), submitted.id(), submitted);
        assertEntry(changes, new Changes.Timeline("e-1", type, AT, submitted.id(), null, null,
                "SUBMITTED", new BigDecimal("40000.00"), "a note"));
        assertThat(changes.programmes()).isEmpty();
        assertThat(changes.grants()).isEmpty();
    }

    @Test
    void shouldKeepTheNewScoreOfACompletedReviewAndItsRecommendation() {
        ReviewData review = new ReviewData(UUID.randomUUID(), submitted.id(), "reviewer1", false, List.of(),
                new BigDecimal("76.00"), null, "AWARD", AT);
        Changes changes = project(EventTypes.REVIEW_COMPLETED, new ReviewCompleted(submitted, review));

        assertHolds(changes.applications(), submitted.id(), submitted);
        assertThat(changes.timeline()).extracting(Changes.Timeline::note).containsExactly("AWARD");
    }

    @Test
    void shouldChangeNothingForAnUnassignedReviewer() {
        Changes changes = project(EventTypes.REVIEWER_UNASSIGNED,
                new ReviewerUnassigned(submitted, UUID.randomUUID(), "reviewer2", "pm1"));

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepTheDecisionTheProgrammesCommitmentAndTheGrantItCreated() {
        Changes changes = project(EventTypes.APPLICATION_DECIDED, new ApplicationDecided(awarded, programme, grant));

        assertHolds(changes.applications(), awarded.id(), awarded);
        assertHolds(changes.programmes(), programmeId, programme);
        assertHolds(changes.grants(), grant.id(), grant);
        assertHolds(changes.placeholders(), awarded.id(), grant);
        assertEntry(changes, new Changes.Timeline("e-1", EventTypes.APPLICATION_DECIDED, AT,
                awarded.id(), grant.id(), null, "AWARDED", new BigDecimal("30000.00"), "strong proposal"));
    }

    @Test
    void shouldKeepOnlyTheApplicationOfARejection() {
        ApplicationData rejected = application("REJECTED", null, 6);
        Changes changes = project(EventTypes.APPLICATION_DECIDED, new ApplicationDecided(rejected, null, null));

        assertHolds(changes.applications(), rejected.id(), rejected);
        assertThat(changes.programmes()).isEmpty();
        assertThat(changes.grants()).isEmpty();
        assertThat(changes.timeline()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {EventTypes.TRANCHE_SCHEDULED, EventTypes.TRANCHE_RESCHEDULED,
            EventTypes.MILESTONE_REPORTED, EventTypes.MILESTONE_REVIEWED, EventTypes.DISBURSEMENT_REQUESTED,
            EventTypes.DISBURSEMENT_APPROVED})
    void shouldKeepTheGrantAndPutItsTrancheWithTheMilestoneOnTheTimeline(String type) {
        Changes changes = project(type, new GrantEvent(grant, trancheId));

        assertHolds(changes.grants(), grant.id(), grant);
        assertEntry(changes, new Changes.Timeline("e-1", type, AT, awarded.id(), grant.id(),
                trancheId, "PAID", new BigDecimal("30000.00"), "Milestone 1"));
    }

    @Test
    void shouldNoteThePaymentReferenceOfAPaidTranche() {
        Changes changes = project(EventTypes.DISBURSEMENT_PAID, new GrantEvent(grant, trancheId));

        assertHolds(changes.grants(), grant.id(), grant);
        assertThat(changes.timeline()).extracting(Changes.Timeline::note).containsExactly("PAY-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {EventTypes.TRANCHE_CANCELLED, EventTypes.GRANT_COMPLETED})
    void shouldPutAnEventOfNoHeldTrancheOnTheTimelineAsTheGrants(String type) {
        // a cancelled tranche is no longer in the grant; a completion names none
        Changes changes = project(type, new GrantEvent(grant, type.equals(EventTypes.TRANCHE_CANCELLED)
                ? UUID.randomUUID() : null));

        assertHolds(changes.grants(), grant.id(), grant);
        assertEntry(changes, new Changes.Timeline("e-1", type, AT, awarded.id(), grant.id(),
                null, "ACTIVE", new BigDecimal("0.00"), null));
    }

    @Test
    void shouldKeepTheNewestVersionWhateverTheOrderOfArrival() {
        ProgrammeData older = TestEvents.programme(programmeId, "donor1", "Fondation", "EUR", "OPEN", 1);
        ProgrammeData newer = TestEvents.programme(programmeId, "donor1", "Fondation", "EUR", "CLOSED", 3);
        Changes changes = new Changes();
        changes.programme(newer);
        changes.programme(older);

        assertHolds(changes.programmes(), programmeId, newer);
    }

    @Test
    void shouldRefuseAnAggregateWithoutItsIdAsPoison() {
        assertThatThrownBy(() -> project(EventTypes.PROGRAMME_PUBLISHED, new ProgrammeEvent(null)))
                .isInstanceOf(PoisonEventException.class);
    }

    private ApplicationData application(String status, String awardedAmount, long version) {
        return TestEvents.application(applicationId, programmeId,
                associationId, "EUR", "CAPACITY_BUILDING", List.of("MEMBER_CAPACITY"), "40000.00", status, AT,
                awardedAmount == null ? null : AT, awardedAmount, version);
    }

    private static Changes project(String type, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, "e-1", "/test", type, "subject", AT, CloudEvent.JSON,
                JSON.valueToTree(data));
        Changes changes = new Changes();
        PROJECTORS.stream().filter(p -> p.handles(type)).forEach(p -> p.project(event, changes));
        return changes;
    }

    /** Only the given map holds something: no other aggregate and no timeline entry. */
    private static void assertOnly(Changes changes, Object kept) {
        for (Object other : List.of(changes.programmes(), changes.associations(), changes.applications(), changes.grants(),
                changes.spReports(), changes.transparencies(), changes.timeline())) {
            if (!other.equals(kept)) {
                assertThat(other.toString()).isIn("{}", "[]");
            }
        }
    }

    /**
     * The map holds the value under its key alone. Amounts are compared by value: the consumer reads data through
     * a JSON tree, which drops a decimal's trailing zeros.
     */
    private static <K, V> void assertHolds(Map<K, V> map, K key, V value) {
        assertThat(map).containsOnlyKeys(key);
        assertThat(map.get(key)).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo,
                BigDecimal.class).isEqualTo(value);
    }

    private static void assertEntry(Changes changes, Changes.Timeline entry) {
        assertThat(changes.timeline()).singleElement().usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(entry);
    }
}
