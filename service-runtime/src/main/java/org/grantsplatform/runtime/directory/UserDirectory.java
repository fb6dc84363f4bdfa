package org.grantsplatform.runtime.directory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The platform's users as Keycloak knows them, read through its admin REST API with the calling service's own
 * service account (realm-management view-users and query-users). Answers are kept for {@code cache-ttl}; a
 * directory that does not answer within the timeouts, or refuses the account, raises
 * {@link DirectoryUnavailableException} and nothing is cached, so it is asked again on the next call.
 */
@ApplicationScoped
public class UserDirectory {

    private static final Logger LOG = Logger.getLogger(UserDirectory.class);
    private static final Pattern REALM_URL = Pattern.compile("(.+)/realms/([^/]+)/?");
    /** Keycloak's ids are UUIDs; anything else is no user's, and is never put into a URL. */
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final int BATCH = 100;
    /** A token this close to its expiry is renewed before use. */
    private static final long TOKEN_MARGIN_SECONDS = 30;
    private static final Comparator<DirectoryUser> BY_NAME = Comparator
            .comparing((DirectoryUser u) -> u.name() == null ? u.username() : u.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(DirectoryUser::username);

    private final DirectoryConfig config;
    private KeycloakAdminApi api;
    private String realm;
    private String bearer;
    private Instant bearerExpires = Instant.MIN;

    private Cache<String, List<DirectoryUser>> searches;
    private Cache<String, Optional<DirectoryUser>> bySubject;
    private Cache<String, Optional<DirectoryUser>> byLogin;
    private Cache<String, Set<String>> realmRoles;

    @Inject
    public UserDirectory(DirectoryConfig config) {
        this.config = config;
    }

    @PostConstruct
    void init() {
        searches = cache();
        bySubject = cache();
        byLogin = cache();
        realmRoles = cache();
        Matcher url = REALM_URL.matcher(config.realmUrl().orElse(""));
        if (!url.matches() || config.clientId().isEmpty() || config.clientSecret().isEmpty()) {
            LOG.warn("platform.directory.realm-url, client-id and client-secret are not all set: the user directory "
                    + "is unavailable");
            return;
        }
        realm = url.group(2);
        api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url.group(1) + "/"))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(KeycloakAdminApi.class);
    }

    private <V> Cache<String, V> cache() {
        return Caffeine.newBuilder().expireAfterWrite(config.cacheTtl()).maximumSize(10_000).build();
    }

    /**
     * The enabled users holding the realm role (directly, through a group or a composite role), by name. With a
     * search, only those whose user name, e-mail, first or last name contains it. At most {@code max-users}
     * users of the directory are looked at.
     */
    public List<DirectoryUser> holdersOf(String role, String search) {
        return users(search).stream().filter(u -> u.enabled() && holds(u.subject(), role)).sorted(BY_NAME).toList();
    }

    public Optional<DirectoryUser> bySubject(String subject) {
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            return Optional.empty();
        }
        return bySubject.get(subject, s -> call("user " + s, () -> {
            try {
                return Optional.of(toUser(api.user(bearer(), realm, s)));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        }));
    }

    /** The user with exactly this user name, or this e-mail when it holds an {@code @}; case does not matter. */
    public Optional<DirectoryUser> byUsernameOrEmail(String login) {
        String key = login.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return byLogin.get(key, k -> call("user " + k, () -> (k.contains("@")
                ? api.byEmail(bearer(), realm, k, true) : api.byUsername(bearer(), realm, k, true)).stream()
                .map(UserDirectory::toUser)
                .filter(u -> k.equalsIgnoreCase(u.username()) || k.equalsIgnoreCase(u.email()))
                .findFirst()));
    }

    /** Whether the user with this subject holds the realm role (directly, through a group or a composite role). */
    public boolean holds(String subject, String role) {
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            return false;
        }
        return realmRoles.get(subject, s -> call("roles of " + s, () -> {
            try {
                return api.realmRoles(bearer(), realm, s).stream().map(KeycloakAdminApi.Role::name)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    return Set.<String>of();
                }
                throw e;
            }
        })).contains(role);
    }

    /** The directory's users matching the search (all without one), in batches, at most {@code max-users}. */
    private List<DirectoryUser> users(String search) {
        String term = search == null ? "" : search.replaceAll("[*\"]", "").strip().toLowerCase(Locale.ROOT);
        return searches.get(term, t -> call("users matching '" + t + "'", () -> {
            List<DirectoryUser> found = new ArrayList<>();
            while (found.size() < config.maxUsers()) {
                int max = Math.min(BATCH, config.maxUsers() - found.size());
                List<KeycloakAdminApi.User> batch = api.search(bearer(), realm, t.isEmpty() ? null : "*" + t + "*",
                        found.size(), max, true);
                batch.stream().map(UserDirectory::toUser).forEach(u -> {
                    found.add(u);
                    bySubject.put(u.subject(), Optional.of(u));
                });
                if (batch.size() < max) {
                    return List.copyOf(found);
                }
            }
            LOG.warnf("user directory: more than %d users match '%s'; the rest are not looked at "
                    + "(platform.directory.max-users)", config.maxUsers(), t);
            return List.copyOf(found);
        }));
    }

    private <T> T call(String what, Supplier<T> call) {
        if (api == null) {
            throw new DirectoryUnavailableException();
        }
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                forgetToken();
                LOG.errorf("user directory: Keycloak refused the service account %s (%d) asking for %s: check "
                        + "platform.directory.client-secret and its realm-management roles view-users and "
                        + "query-users", config.clientId().orElse(""), status, what);
            } else {
                LOG.warnf("user directory: Keycloak answered %d asking for %s", status, what);
            }
            throw new DirectoryUnavailableException();
        } catch (ProcessingException e) {
            LOG.warnf("user directory: no answer asking for %s: %s", what, e.getMessage());
            throw new DirectoryUnavailableException();
        }
    }

    /** The service account's access token, fetched again shortly before it expires. */
    private synchronized String bearer() {
        if (bearer == null || Instant.now().isAfter(bearerExpires)) {
            KeycloakAdminApi.Token token = api.token(realm, "client_credentials", config.clientId().orElseThrow(),
                    config.clientSecret().orElseThrow());
            bearer = "Bearer " + token.accessToken();
            bearerExpires = Instant.now().plusSeconds(Math.max(0, token.expiresIn() - TOKEN_MARGIN_SECONDS));
        }
        return bearer;
    }

    private synchronized void forgetToken() {
        bearer = null;
    }

    private static DirectoryUser toUser(KeycloakAdminApi.User u) {
        String name = ((u.firstName() == null ? "" : u.firstName()) + " "
                + (u.lastName() == null ? "" : u.lastName())).strip();
        return new DirectoryUser(u.id(), u.username(), name.isEmpty() ? null : name, u.email(),
                !Boolean.FALSE.equals(u.enabled()));
    }
}
