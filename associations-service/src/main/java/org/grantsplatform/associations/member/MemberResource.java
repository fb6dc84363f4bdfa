package org.grantsplatform.associations.member;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/associations/{id}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Member MFIs")
public class MemberResource {

    @Inject
    MemberService members;

    @POST
    @RolesAllowed({ Roles.APPLICANT, Roles.ADMIN })
    @Operation(summary = "Add a member MFI to an association",
            description = "Owners and admins. The association's memberCount and transparency follow.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an owner of the association, nor an admin")
    @APIResponse(responseCode = "404", description = "Unknown association")
    @APIResponse(responseCode = "409", description = "The association already has a member of that name")
    public Response add(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid MemberRequest request, @Context UriInfo uri) {
        MemberView created = members.add(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "Member MFIs of an association", description = "By name. Paged.")
    @APIResponse(responseCode = "200", description = "A page of members")
    @APIResponse(responseCode = "400", description = "Invalid page")
    @APIResponse(responseCode = "404", description = "Unknown association")
    public Page<MemberView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return members.list(id, page);
    }

    @GET
    @Path("{memberId}")
    @Operation(summary = "One member MFI")
    @APIResponse(responseCode = "200", description = "The member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "Unknown association, or no such member of it")
    public MemberView get(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return members.get(id, memberId);
    }

    @PUT
    @Path("{memberId}")
    @RolesAllowed({ Roles.APPLICANT, Roles.ADMIN })
    @Operation(summary = "Update a member MFI",
            description = "Owners and admins. Send the version you read; a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an owner of the association, nor an admin")
    @APIResponse(responseCode = "404", description = "Unknown association, or no such member of it")
    @APIResponse(responseCode = "409", description = "Stale version, or another member has that name")
    public MemberView update(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @NotNull(message = "a JSON body is required") @Valid @ConvertGroup(to = OnUpdate.class) MemberRequest request) {
        return members.update(id, memberId, request);
    }
}
