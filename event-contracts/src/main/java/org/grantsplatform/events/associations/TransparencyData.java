package org.grantsplatform.events.associations;

import java.math.BigDecimal;

/** Members, members that reported and their share for one reporting year. */
public record TransparencyData(int year, int members, int membersReporting, BigDecimal rate) {
}
