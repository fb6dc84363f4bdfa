package org.grantsplatform.runtime.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Identities of bearer tokens that passed verification, by the exact token text, each until its
 * token expires. A token that differs by one character is another key and is verified afresh.
 */
final class VerifiedTokens {

    private record Entry(SecurityIdentity identity, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;

    VerifiedTokens(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** @return the identity of a token verified before and not yet expired, else null. */
    SecurityIdentity get(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    /** Keeps the identity until {@code expiresAt}; when full, drops what expired, or else everything. */
    void put(String token, SecurityIdentity identity, Instant expiresAt) {
        Instant now = clock.instant();
        if (!now.isBefore(expiresAt)) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(identity, expiresAt));
    }

    int size() {
        return entries.size();
    }
}
