package org.grantsplatform.grants.grant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Payment", example = """
        {"paidOn": "2026-06-30", "reference": "TX-2026-0042"}""")
public record PaymentRequest(
        @NotNull @PastOrPresent LocalDate paidOn,
        @NotBlank @Size(max = 200) @Schema(description = "The bank's or the payment system's reference") String reference) {
}
