package org.grantsplatform.runtime.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;

/**
 * Signed access tokens from the test OIDC server. The subject is {@code sub-<user>}, so tests can
 * tell subjects from user names.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String of(String user, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), subjectOf(user));
    }

    public static String subjectOf(String user) {
        return "sub-" + user;
    }

    public static String bearer(String user, String... roles) {
        return "Bearer " + of(user, roles);
    }
}
