package org.grantsplatform.portal.association;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Page;

/**
 * associations-service's associations, owners, member MFIs, SP reports, transparency and capacity
 * self-assessment, called as the signed-in user. Bodies go out as maps of the form's values so that a value
 * the service cannot read comes back as a violation naming its field.
 */
@RegisterRestClient(configKey = "associations")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/associations")
public interface AssociationsApi {

    /** With {@code mine=true}, only the associations the caller owns. */
    @GET
    Page<Association> list(@QueryParam("mine") Boolean mine, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("{id}")
    Association get(@PathParam("id") UUID id);

    /** The same, without waiting: pages that name several associations ask for all of them at once. */
    @GET
    @Path("{id}")
    CompletionStage<Association> lookUp(@PathParam("id") UUID id);

    /** {@code {name, acronym, country, region, legalForm, foundedYear, website, contactEmail}}. */
    @POST
    Association register(Map<String, Object> profile);

    /** The profile as {@link #register}, with the {@code version} read. */
    @PUT
    @Path("{id}")
    Association update(@PathParam("id") UUID id, Map<String, Object> profile);

    /** {@code {user}}: a user name or e-mail. */
    @POST
    @Path("{id}/owners")
    Association addOwner(@PathParam("id") UUID id, Map<String, Object> owner);

    /** The owners with the names the user directory gives them. */
    @GET
    @Path("{id}/owners")
    Page<Owner> owners(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{id}/members")
    Page<Member> members(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{id}/members/{memberId}")
    Member member(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId);

    /** {@code {name, country, legalForm, joinedYear}}. */
    @POST
    @Path("{id}/members")
    Member addMember(@PathParam("id") UUID id, Map<String, Object> member);

    /** As {@link #addMember}, with the {@code version} read. */
    @PUT
    @Path("{id}/members/{memberId}")
    Member updateMember(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId, Map<String, Object> member);

    /** The members' SP reports of a year (as typed: the service refuses one that is not a year), by member name. */
    @GET
    @Path("{id}/sp-reports")
    Page<SpReport> spReports(@PathParam("id") UUID id, @QueryParam("year") String year, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** A member's SP report of a year; 404 when there is none. */
    @GET
    @Path("{id}/members/{memberId}/sp-reports/{year}")
    SpReport spReport(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId, @PathParam("year") int year);

    /** Creates (no {@code version}) or replaces (the version read) a member's SP indicators of a year. */
    @PUT
    @Path("{id}/members/{memberId}/sp-reports/{year}")
    SpReport reportSp(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId, @PathParam("year") int year,
            Map<String, Object> indicators);

    @GET
    @Path("{id}/transparency")
    Transparency transparency(@PathParam("id") UUID id);

    /** The current capacity self-assessment; 404 when none was submitted (or the association is unknown). */
    @GET
    @Path("{id}/capacity-assessment")
    CapacityAssessment capacityAssessment(@PathParam("id") UUID id);

    /** {@code {interest, experience[], capabilities[], needs[], notes}} with the current {@code version}, if any. */
    @PUT
    @Path("{id}/capacity-assessment")
    CapacityAssessment assessCapacity(@PathParam("id") UUID id, Map<String, Object> assessment);
}
