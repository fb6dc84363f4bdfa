package org.grantsplatform.grants.grant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.runtime.validation.Money;

@Schema(name = "TrancheRequest", description = "The amount is in the grant's (the programme's) currency; the tranches "
        + "of a grant never add up to more than its award, and the due date lies from a year before the award to ten "
        + "years after it",
        example = """
        {"amount": 10000.00, "dueDate": "2027-06-30", "milestone": "SPM officer hired and first workshop held"}""")
public record TrancheRequest(
        @NotNull @Money @Schema(example = "10000.00") BigDecimal amount,
        @NotNull LocalDate dueDate,
        @NotBlank @Size(max = 2000) @Schema(description = "What the grantee reports on before the next payment")
        String milestone) {
}
