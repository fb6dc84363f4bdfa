package org.grantsplatform.associations.association;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program manager's decision: verify ({@code verified: true}) or revoke, always with the reason. */
@Schema(name = "VerificationRequest", example = """
        {"verified": true, "note": "Statutes, board minutes and member list checked"}""")
public record VerificationRequest(
        @NotNull Boolean verified,
        @NotBlank @Size(max = 2000) String note) {
}
