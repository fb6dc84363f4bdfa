package org.grantsplatform.grants.grant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.runtime.validation.Money;

@Schema(name = "TrancheUpdate", description = "A PLANNED tranche's new amount (in the grant's currency), due date and "
        + "milestone, with the version read (a stale one is a 409). The rules of scheduling apply: the tranches never "
        + "add up to more than the award, and the due date lies from a year before the award to ten years after it. "
        + "The example keeps the TrancheRequest example's milestone.", example = """
        {"amount": 8000.00, "dueDate": "2027-09-30", "milestone": "SPM officer hired and first workshop held",
         "version": 0}""")
public record TrancheUpdate(
        @NotNull @Money @Schema(example = "8000.00") BigDecimal amount,
        @NotNull LocalDate dueDate,
        @NotBlank @Size(max = 2000) @Schema(description = "What the grantee reports on before the next payment; it "
                + "cannot change once they reported on it (report SUBMITTED or ACCEPTED)") String milestone,
        @NotNull @Schema(description = "The tranche's version as read") Long version) {
}
