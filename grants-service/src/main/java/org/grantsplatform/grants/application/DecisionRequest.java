package org.grantsplatform.grants.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.runtime.validation.Money;

@Schema(name = "Decision", description = "AWARD with an amount (at most the requested amount and the programme's "
        + "remaining budget), or REJECT with a reason and no amount", example = """
        {"outcome": "AWARD", "amount": 35000.00, "reason": "Strong plan; the training budget is reduced"}""")
public record DecisionRequest(
        @NotNull Verdict outcome,
        @Money @Schema(example = "35000.00") BigDecimal amount,
        @Size(max = 4000) String reason) {

    public enum Verdict {
        AWARD,
        REJECT
    }
}
