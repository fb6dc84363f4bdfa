package org.grantsplatform.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Calls the services as the signed-in user: the access token of the user's code-flow session (refreshed by
 * quarkus-oidc before it expires) goes out as the bearer token, so each service applies its own rules to
 * the user. Registered on the page clients with {@code @RegisterProvider}. (The Quarkus token-propagation
 * extension does the same, but its parent POM is not served by the registry this project builds from.)
 */
public class AccessTokenPropagation implements ClientRequestFilter {

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(ClientRequestContext request) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }
}
