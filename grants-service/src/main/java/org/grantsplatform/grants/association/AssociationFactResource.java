package org.grantsplatform.grants.association;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;

/**
 * Read-only: what grants-service knows of associations for eligibility, so an applicant can see
 * why a submission was refused and an operator can see how far the replica has caught up.
 */
@Path("/api/associations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Association facts")
public class AssociationFactResource {

    @Inject
    AssociationFactService facts;

    @GET
    @Operation(summary = "Association facts known to grants-service, learnt from associations events")
    @APIResponse(responseCode = "200", description = "A page of association facts")
    public Page<AssociationFactView> list(@Valid @BeanParam PageRequest page) {
        return facts.list(page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One association's facts")
    @APIResponse(responseCode = "200", description = "The facts",
            content = @Content(schema = @Schema(implementation = AssociationFactView.class)))
    @APIResponse(responseCode = "404", description = "No event about this association has arrived")
    public AssociationFactView get(@PathParam("id") UUID id) {
        return facts.get(id);
    }
}
