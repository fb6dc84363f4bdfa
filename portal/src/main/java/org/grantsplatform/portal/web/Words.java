package org.grantsplatform.portal.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The services' enum values as words, one method per value name, looked up by name ({@link Formats#words}); a
 * name several enums share (SUBMITTED, NONE, COMPLETED) has one word. Texts in
 * {@code messages/words_<language>.properties}.
 */
@MessageBundle(value = "words", locale = "en")
public interface Words {

    // grants-service's ApplicationStatus (DRAFT, SUBMITTED also ProgrammeStatus and MilestoneReportStatus)
    String DRAFT();
    String SUBMITTED();
    String UNDER_REVIEW();
    String INELIGIBLE();
    String AWARDED();
    String REJECTED();
    String WITHDRAWN();

    // ProgrammeStatus
    String OPEN();
    String CLOSED();

    // GrantStatus (ACTIVE also reporting-service's read model generations), ReviewStatus's COMPLETED
    String ACTIVE();
    String COMPLETED();

    // TrancheStatus
    String PLANNED();
    String REQUESTED();
    String APPROVED();
    String PAID();

    // reporting-service's disbursement states
    String UPCOMING();
    String OVERDUE();

    // MilestoneReportStatus (NONE also associations-service's PovertyMeasurementTool)
    String NONE();
    String ACCEPTED();
    String RETURNED();

    // ReviewStatus
    String ASSIGNED();
    String RECUSED();

    // Recommendation and a decision's outcome
    String AWARD();
    String AWARD_WITH_CONDITIONS();
    String REJECT();

    // reporting-service's read model generations
    String BUILDING();

    // Region
    String AFRICA();
    String ASIA();
    String EUROPE();
    String LATIN_AMERICA_CARIBBEAN();
    String MIDDLE_EAST_NORTH_AFRICA();
    String NORTH_AMERICA();
    String OCEANIA();

    // FundingWindow
    String CAPACITY_BUILDING();
    String MEMBER_TRAINING();
    String MARKET_AWARENESS();
    String INFORMATION_SYSTEMS();
    String SPM_OFFICER();
    String KNOWLEDGE_MANAGEMENT();
    String INNOVATION();

    // Strategy
    String LOCAL_AMBASSADOR();
    String MEMBER_TRANSPARENCY();
    String STANDARDS_OF_PRACTICE();
    String MEMBER_CAPACITY();
    String KNOWLEDGE_BASE();

    // PovertyMeasurementTool
    String PPI();
    String OTHER();

    // associations-service's InterestLevel
    String LOW();
    String MEDIUM();
    String HIGH();

    // SpCapability (SPM_OFFICER as the funding window)
    String MEMBER_SP_DATA_COLLECTION();
    String SP_TRAINING();
    String CODE_OF_CONDUCT();
    String SP_RESEARCH();
    String SP_ADVOCACY();

    // reporting-service's portfolio groupings
    String DONOR();
    String PROGRAMME();
    String WINDOW();
    String STRATEGY();
    String REGION();
    String COUNTRY();
    String YEAR();

    // the platform's roles (program-manager as PROGRAM_MANAGER)
    String APPLICANT();
    String REVIEWER();
    String PROGRAM_MANAGER();
    String ADMIN();
}
