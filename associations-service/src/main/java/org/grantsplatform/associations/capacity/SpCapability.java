package org.grantsplatform.associations.capacity;

/** What an association can already do for its members' social performance (DOMAIN.md, the five strategies). */
public enum SpCapability {
    /** Staff dedicated to social performance management. */
    SPM_OFFICER,
    /** Collects SP data from its members. */
    MEMBER_SP_DATA_COLLECTION,
    /** Trains members, or gives them technical assistance, in SP management. */
    SP_TRAINING,
    /** Has a code of conduct or client-protection standard for its members. */
    CODE_OF_CONDUCT,
    /** Researches and publishes on social performance. */
    SP_RESEARCH,
    /** Advocates social performance with regulators and other stakeholders. */
    SP_ADVOCACY
}
