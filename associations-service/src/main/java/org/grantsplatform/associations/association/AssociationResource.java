package org.grantsplatform.associations.association;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.associations.validation.OnUpdate;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/associations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Associations")
public class AssociationResource {

    @Inject
    AssociationService associations;

    @Inject
    Owners owners;

    @POST
    @RolesAllowed({ Roles.APPLICANT, Roles.ADMIN })
    @Operation(summary = "Register an association; the caller becomes its owner")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = AssociationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an applicant or admin")
    public Response register(@NotNull(message = "a JSON body is required") @Valid AssociationProfile profile,
            @Context UriInfo uri) {
        AssociationView created = associations.register(profile);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List associations", description = "Filters: region, country, verified, q (name contains), "
            + "mine=true (only the caller's own: those whose owners include the caller's subject, for admins too). "
            + "Paged.")
    @APIResponse(responseCode = "200", description = "A page of associations")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<AssociationView> list(@Valid @BeanParam AssociationFilter filter, @Valid @BeanParam PageRequest page) {
        return associations.list(filter, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One association, with the transparency rate of its latest reporting year")
    @APIResponse(responseCode = "200", description = "The association",
            content = @Content(schema = @Schema(implementation = AssociationView.class)))
    @APIResponse(responseCode = "404", description = "Unknown association")
    public AssociationView get(@PathParam("id") UUID id) {
        return associations.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.ADMIN })
    @Operation(summary = "Update the profile of an association",
            description = "Owners and admins. Not its verification or owners, which have their own operations. "
                    + "Send the version you read; a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = AssociationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an owner of the association, nor an admin")
    @APIResponse(responseCode = "404", description = "Unknown association")
    @APIResponse(responseCode = "409", description = "Stale version")
    public AssociationView update(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid @ConvertGroup(to = OnUpdate.class) AssociationProfile profile) {
        return associations.update(id, profile);
    }

    @POST
    @Path("{id}/owners")
    @RolesAllowed({ Roles.APPLICANT, Roles.ADMIN })
    @Operation(summary = "Add an owner to an association",
            description = "Owners and admins. The new owner is named by their user name or e-mail ({\"user\": "
                    + "\"assoc2\"}), which the user directory (Keycloak) turns into their subject, or by the OIDC "
                    + "subject of their token ({\"subject\": ...}); they may then change the association like any "
                    + "owner. Emits associations.association.updated.v1.")
    @APIResponse(responseCode = "200", description = "The association with its owners",
            content = @Content(schema = @Schema(implementation = AssociationView.class)))
    @APIResponse(responseCode = "400", description = "Neither subject nor user, both, or one blank")
    @APIResponse(responseCode = "403", description = "Not an owner of the association, nor an admin")
    @APIResponse(responseCode = "404", description = "Unknown association")
    @APIResponse(responseCode = "409", description = "Already an owner")
    @APIResponse(responseCode = "422", description = "The directory knows no enabled user by that user name or e-mail "
            + "(violation on user: rule user-known or user-enabled)")
    @APIResponse(responseCode = "503", description = "A user was named and the user directory does not answer; try "
            + "again (Retry-After)")
    public AssociationView addOwner(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid OwnerRequest request) {
        return owners.add(id, request);
    }

    @GET
    @Path("{id}/owners")
    @Operation(summary = "The association's owners with their names",
            description = "Any signed-in user, like the association. Each owner's subject with the user name and name "
                    + "of the user directory (Keycloak); while the directory does not answer, those are null. Paged, "
                    + "by subject.")
    @APIResponse(responseCode = "200", description = "A page of owners")
    @APIResponse(responseCode = "400", description = "Invalid page")
    @APIResponse(responseCode = "404", description = "Unknown association")
    public Page<OwnerView> owners(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return owners.list(id, page);
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Verify an association, or revoke its verification",
            description = "Program managers and admins. {verified: true, note} verifies, {verified: false, note} "
                    + "revokes. verifiedBy (an OIDC subject), verifiedAt and verificationNote record the latest "
                    + "decision, either way.")
    @APIResponse(responseCode = "200", description = "The association after the decision",
            content = @Content(schema = @Schema(implementation = AssociationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown association")
    @APIResponse(responseCode = "409", description = "Already verified, or not verified and so not revocable")
    public AssociationView verify(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid VerificationRequest request) {
        return associations.verify(id, request);
    }
}
