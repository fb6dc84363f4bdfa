package org.grantsplatform.events.reference;

/** What a programme funds (DOMAIN.md, "What a donor funds: funding windows"). */
public enum FundingWindow {
    CAPACITY_BUILDING,
    MEMBER_TRAINING,
    MARKET_AWARENESS,
    INFORMATION_SYSTEMS,
    SPM_OFFICER,
    KNOWLEDGE_MANAGEMENT,
    INNOVATION
}
