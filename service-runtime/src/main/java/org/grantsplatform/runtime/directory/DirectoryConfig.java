package org.grantsplatform.runtime.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code platform.directory.*}: where the user directory (Keycloak's admin REST API) is and the service account
 * that reads it. Without a realm URL or credentials the directory is unavailable, never a startup failure.
 */
@ConfigMapping(prefix = "platform.directory")
public interface DirectoryConfig {

    /** The realm's URL, e.g. {@code http://127.0.0.1:8180/realms/grants}; the admin API is derived from it. */
    Optional<String> realmUrl();

    /** The confidential client whose service account holds realm-management view-users and query-users. */
    Optional<String> clientId();

    Optional<String> clientSecret();

    /** How long an answer of the directory is reused. */
    @WithDefault("60S")
    Duration cacheTtl();

    @WithDefault("2S")
    Duration connectTimeout();

    @WithDefault("5S")
    Duration readTimeout();

    /** The most users a listing reads from the directory before it filters them by role. */
    @WithDefault("500")
    int maxUsers();
}
