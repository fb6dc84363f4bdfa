package org.grantsplatform.events.associations;

import java.util.UUID;

public record MemberData(UUID id, String name, String country, String legalForm, Integer joinedYear, long version) {
}
