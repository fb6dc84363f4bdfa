package org.grantsplatform.associations.association;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user to add as owner: by their user name or e-mail, looked up in the user directory, or by their subject. */
@Schema(name = "OwnerRequest", description = "Either user (a user name or e-mail, which the user directory turns into "
        + "the user's subject) or subject (the OIDC subject of the user's token), not both. The example's subject is "
        + "no one's; {\"user\": \"assoc2\"} names a demo user.", example = """
        {"subject": "00000000-0000-4000-8000-00000000cafe"}""")
public record OwnerRequest(
        @Size(max = 200) @Schema(description = "OIDC subject (claim sub) of the user") String subject,
        @Size(max = 254) @Schema(description = "User name or e-mail of the user") String user) {
}
