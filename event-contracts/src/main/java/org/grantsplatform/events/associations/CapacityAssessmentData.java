package org.grantsplatform.events.associations;

import java.time.Instant;
import java.util.List;

/**
 * One version of an association's social-performance capacity self-assessment: its interest in SP
 * ({@code LOW}, {@code MEDIUM}, {@code HIGH}), the strategies it has experience with, the
 * capabilities it has, and its needs as the funding windows that would meet them.
 */
public record CapacityAssessmentData(
        int version,
        String interest,
        List<String> experience,
        List<String> capabilities,
        List<String> needs,
        String notes,
        String assessedBy,
        Instant assessedAt) {
}
