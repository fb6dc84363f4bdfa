package org.grantsplatform.associations.spreport;

/** How an MFI measures its clients' poverty: not at all, with the Poverty Probability Index, or otherwise. */
public enum PovertyMeasurementTool {
    NONE,
    PPI,
    OTHER
}
