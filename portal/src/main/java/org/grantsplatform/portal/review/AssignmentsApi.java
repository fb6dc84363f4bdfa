package org.grantsplatform.portal.review;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.application.Application;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Page;

/** grants-service's reviewer directory and the reviewers of an application, called as the program manager. */
@RegisterRestClient(configKey = "grants")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api")
public interface AssignmentsApi {

    /** The most the services answer in one page. */
    int ALL = 100;

    /** The users holding the reviewer role whose user name, e-mail or name contains {@code search}, by name. */
    @GET
    @Path("reviewers")
    Page<Reviewer> reviewers(@QueryParam("search") String search, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** {@code {subjects: [...]}}: a 422 names each subject that is no reviewer or owns the applying association. */
    @POST
    @Path("applications/{id}/reviewers")
    Application assign(@PathParam("id") UUID id, Map<String, Object> assignment);

    /** Takes back the assignment of a reviewer who has neither reviewed nor recused. */
    @DELETE
    @Path("applications/{id}/reviewers/{subject}")
    Application unassign(@PathParam("id") UUID id, @PathParam("subject") String subject);
}
