package org.grantsplatform.portal.report;

/** A portfolio row with its group in words (an enum value as words, "not known yet" for an unknown group). */
public record PortfolioLine(String group, Portfolio.Row row) {
}
