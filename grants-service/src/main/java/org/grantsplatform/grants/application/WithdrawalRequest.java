package org.grantsplatform.grants.application;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal")
public record WithdrawalRequest(@Size(max = 4000) String note) {
}
