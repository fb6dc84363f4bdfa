package org.grantsplatform.associations.association;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user to add as owner, by the OIDC subject of their token (not their user name). */
@Schema(name = "OwnerRequest", description = "The example's subject is no one's", example = """
        {"subject": "00000000-0000-4000-8000-00000000cafe"}""")
public record OwnerRequest(
        @NotBlank @Size(max = 200) @Schema(description = "OIDC subject (claim sub) of the user") String subject) {
}
