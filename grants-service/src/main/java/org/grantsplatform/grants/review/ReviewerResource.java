package org.grantsplatform.grants.review;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/reviewers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviewers")
public class ReviewerResource {

    @Inject
    Reviewers reviewers;

    @GET
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "The reviewers a program manager can assign, with their workload",
            description = "The enabled users holding the realm role reviewer (directly, through a group or a composite "
                    + "role) in the user directory (Keycloak), by name, each with openAssignments and "
                    + "completedReviews. search keeps those whose user name, e-mail, first or last name contains it. "
                    + "Paged; the directory's answers are reused for a minute, and at most 500 of its users matching "
                    + "the search are looked at (platform.directory.max-users).")
    @APIResponse(responseCode = "200", description = "A page of reviewers")
    @APIResponse(responseCode = "400", description = "Invalid search or page")
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "503", description = "The user directory does not answer; try again (Retry-After)")
    public Page<ReviewerView> list(
            @Parameter(description = "Part of a user name, e-mail, first or last name")
            @QueryParam("search") @Size(max = 100)
            @Pattern(regexp = "[\\p{L}\\p{M}\\p{N} @._'+-]*",
                    message = "may hold letters, digits, spaces and @ . _ ' + - only") String search,
            @Valid @BeanParam PageRequest page) {
        return reviewers.list(search, page);
    }
}
