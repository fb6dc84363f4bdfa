package org.grantsplatform.events.associations;

/**
 * Data of {@code associations.sp-report.submitted.v1}: the report, the transparency of its year and
 * the association after the change, so that eligibility can be checked without calling back.
 */
public record SpReportSubmitted(AssociationData association, SpReportData report, TransparencyData transparency) {
}
