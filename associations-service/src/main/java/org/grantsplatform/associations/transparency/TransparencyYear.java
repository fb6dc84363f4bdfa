package org.grantsplatform.associations.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.associations.TransparencyData;

/** How transparent an association's members were in one reporting year. */
@Schema(name = "TransparencyYear")
public record TransparencyYear(
        int year,
        @Schema(description = "Member MFIs that had joined by that year (or whose joining year is unknown)")
        int members,
        @Schema(description = "Those members that reported SP data for that year")
        int membersReporting,
        @Schema(description = "membersReporting / members with 4 decimals (3 of 4 is 0.75); null without members",
                example = "0.75")
        BigDecimal rate) {

    static TransparencyYear of(int year, int members, int membersReporting) {
        BigDecimal rate = members == 0 ? null
                : BigDecimal.valueOf(membersReporting).divide(BigDecimal.valueOf(members), 4, RoundingMode.HALF_UP);
        return new TransparencyYear(year, members, membersReporting, rate);
    }

    public TransparencyData toData() {
        return new TransparencyData(year, members, membersReporting, rate);
    }
}
