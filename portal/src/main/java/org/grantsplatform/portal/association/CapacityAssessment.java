package org.grantsplatform.portal.association;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An association's current SP capacity self-assessment: its interest in social performance, the strategies it
 * has experience with, its capabilities and its needs (as funding windows).
 */
public record CapacityAssessment(UUID associationId, int version, String interest, List<String> experience,
        List<String> capabilities, List<String> needs, String notes, String assessedBy, Instant assessedAt) {

    public CapacityAssessment {
        experience = experience == null ? List.of() : experience;
        capabilities = capabilities == null ? List.of() : capabilities;
        needs = needs == null ? List.of() : needs;
    }
}
