package org.grantsplatform.grants.application;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal", example = """
        {"note": "We will apply to the next call with a larger consortium"}""")
public record WithdrawalRequest(@Size(max = 4000) String note) {
}
