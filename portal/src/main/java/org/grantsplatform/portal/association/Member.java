package org.grantsplatform.portal.association;

import java.time.Instant;
import java.util.UUID;

/** A member MFI of an association. */
public record Member(UUID id, String name, String country, String legalForm, Integer joinedYear, long version,
        Instant createdAt) {
}
