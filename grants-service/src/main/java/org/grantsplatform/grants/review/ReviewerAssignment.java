package org.grantsplatform.grants.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewerAssignment", description = "OIDC subjects of the reviewers to add; already assigned ones are kept")
public record ReviewerAssignment(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> subjects) {
}
