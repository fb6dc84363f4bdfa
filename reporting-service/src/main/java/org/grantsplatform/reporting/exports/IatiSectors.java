package org.grantsplatform.reporting.exports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OECD DAC 5-digit sectors (IATI sector vocabulary 1) of a grant, from what the platform knows of it: its
 * funding window, and whether its strategies are transparency and standards work. Every grant here supports an
 * association of microfinance institutions, so each lands in banking and financial services (240xx).
 */
final class IatiSectors {

    /** Informal/semi-formal financial intermediaries: support to the associations of MFIs and their members. */
    static final String INTERMEDIARIES = "24040";
    /** Education/training in banking and financial services. */
    static final String TRAINING = "24081";
    /** Financial policy and administrative management: transparency and standards of practice. */
    static final String POLICY = "24010";

    private static final Map<String, String> BY_WINDOW = Map.of(
            "MEMBER_TRAINING", TRAINING,
            "KNOWLEDGE_MANAGEMENT", TRAINING,
            "MARKET_AWARENESS", POLICY);

    private IatiSectors() {
    }

    /**
     * Sector code → percentage, summing to 100: the window's sector, shared 60/40 with financial policy when
     * the application advances member transparency or standards of practice and its window is not already that.
     */
    static Map<String, Integer> of(String window, String strategies) {
        String primary = window == null ? INTERMEDIARIES : BY_WINDOW.getOrDefault(window, INTERMEDIARIES);
        boolean standardsWork = strategies != null
                && (strategies.contains("MEMBER_TRANSPARENCY") || strategies.contains("STANDARDS_OF_PRACTICE"));
        Map<String, Integer> sectors = new LinkedHashMap<>();
        if (standardsWork && !POLICY.equals(primary)) {
            sectors.put(primary, 60);
            sectors.put(POLICY, 40);
        } else {
            sectors.put(primary, 100);
        }
        return sectors;
    }
}
