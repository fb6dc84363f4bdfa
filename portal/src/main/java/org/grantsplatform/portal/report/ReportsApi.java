package org.grantsplatform.portal.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;

/**
 * reporting-service's reports and exports, called as the signed-in user: the service decides what the user may
 * see (donors their own programmes, program managers and admins everything, others 403).
 */
@RegisterRestClient(configKey = "reporting")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api")
public interface ReportsApi {

    @GET
    @Path("reports/portfolio")
    Portfolio portfolio(@QueryParam("groupBy") String groupBy);

    @GET
    @Path("reports/pipeline")
    Pipeline pipeline(@QueryParam("programmeId") UUID programmeId);

    @GET
    @Path("reports/disbursements")
    CompletionStage<Disbursements> disbursements(@QueryParam("state") String state, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** The year as typed: the service judges it (a 400 naming the field when it is not a year it takes). */
    @GET
    @Path("reports/social-performance")
    SocialPerformance socialPerformance(@QueryParam("region") String region, @QueryParam("year") String year);

    @GET
    @Path("reports/grants/{grantId}")
    Timeline timeline(@PathParam("grantId") UUID grantId);

    /** An export as the service streams it; the caller reads the body as a stream and closes the answer. */
    @GET
    @Path("exports/{file}")
    @Produces(MediaType.WILDCARD)
    Response export(@PathParam("file") String file);
}
