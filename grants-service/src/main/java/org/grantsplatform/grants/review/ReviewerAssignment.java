package org.grantsplatform.grants.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewerAssignment", description = "OIDC subjects (claim sub) of the reviewers to add, as GET "
        + "/api/reviewers lists them (not user names); already assigned ones are kept. The example's subject is no "
        + "one's: put a reviewer's in.", example = """
        {"subjects": ["00000000-0000-4000-8000-00000000cafe"]}""")
public record ReviewerAssignment(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> subjects) {
}
