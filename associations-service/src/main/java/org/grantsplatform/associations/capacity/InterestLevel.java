package org.grantsplatform.associations.capacity;

/** How much promoting social performance among its members matters to an association. */
public enum InterestLevel {
    LOW,
    MEDIUM,
    HIGH
}
