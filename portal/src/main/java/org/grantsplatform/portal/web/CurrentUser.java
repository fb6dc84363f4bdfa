package org.grantsplatform.portal.web;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in user as pages show them: name, roles and the OIDC subject the services know them by. */
@RequestScoped
@Named("user")
public class CurrentUser {

    public static final String APPLICANT = "applicant";
    public static final String DONOR = "donor";
    public static final String REVIEWER = "reviewer";
    public static final String PROGRAM_MANAGER = "program-manager";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    Language language;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return idToken.getSubject();
    }

    public String name() {
        if (identity.isAnonymous()) {
            return "";
        }
        String name = idToken.getClaim("name");
        if (name == null || name.isBlank()) {
            name = idToken.getClaim("preferred_username");
        }
        return name == null ? identity.getPrincipal().getName() : name;
    }

    /** The name the user logs in with: what others type to add them as an owner. */
    public String username() {
        String username = identity.isAnonymous() ? null : idToken.getClaim("preferred_username");
        return username == null ? "" : username;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isApplicant() {
        return has(APPLICANT);
    }

    public boolean isReviewer() {
        return has(REVIEWER);
    }

    public boolean isDonor() {
        return has(DONOR);
    }

    public boolean isProgramManager() {
        return has(PROGRAM_MANAGER);
    }

    public boolean isAdmin() {
        return has(ADMIN);
    }

    /** The platform's roles the user holds, as words in the user's language for the navigation bar. */
    public List<String> roles() {
        List<String> roles = new ArrayList<>();
        for (String role : List.of(APPLICANT, REVIEWER, DONOR, PROGRAM_MANAGER, ADMIN)) {
            if (has(role)) {
                roles.add(Formats.words(role, language.locale()));
            }
        }
        return roles;
    }
}
