package org.grantsplatform.events.reference;

/** The working group's five strategies an application advances (DOMAIN.md). */
public enum Strategy {
    LOCAL_AMBASSADOR,
    MEMBER_TRANSPARENCY,
    STANDARDS_OF_PRACTICE,
    MEMBER_CAPACITY,
    KNOWLEDGE_BASE
}
