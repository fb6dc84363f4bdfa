package org.grantsplatform.grants.grant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Payment", example = """
        {"paidOn": "2026-06-30", "reference": "TX-2026-0042"}""")
public record PaymentRequest(
        @NotNull @Schema(description = "On or after the award date, and not after today (UTC): 422 otherwise") LocalDate paidOn,
        @NotBlank @Size(max = 200) @Schema(description = "The bank's or the payment system's reference") String reference) {
}
