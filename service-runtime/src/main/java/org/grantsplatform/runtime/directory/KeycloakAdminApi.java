package org.grantsplatform.runtime.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The few calls of Keycloak's token endpoint and admin REST API the directory makes; paths relative to the server. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
interface KeycloakAdminApi {

    @POST
    @Path("realms/{realm}/protocol/openid-connect/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Token token(@PathParam("realm") String realm, @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret);

    /** Users matching {@code search} (user name, e-mail, first or last name; {@code *x*} for "contains"). */
    @GET
    @Path("admin/realms/{realm}/users")
    List<User> search(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
            @QueryParam("search") String search, @QueryParam("first") int first, @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean brief);

    @GET
    @Path("admin/realms/{realm}/users")
    List<User> byUsername(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
            @QueryParam("username") String username, @QueryParam("exact") boolean exact);

    @GET
    @Path("admin/realms/{realm}/users")
    List<User> byEmail(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
            @QueryParam("email") String email, @QueryParam("exact") boolean exact);

    @GET
    @Path("admin/realms/{realm}/users/{id}")
    User user(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
            @PathParam("id") String id);

    /** The user's effective realm roles: direct, through groups and through composite roles. */
    @GET
    @Path("admin/realms/{realm}/users/{id}/role-mappings/realm/composite")
    List<Role> realmRoles(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
            @PathParam("id") String id);

    record Token(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    record User(String id, String username, String firstName, String lastName, String email, Boolean enabled) {
    }

    record Role(String name) {
    }
}
