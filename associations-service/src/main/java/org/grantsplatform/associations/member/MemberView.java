package org.grantsplatform.associations.member;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.associations.MemberData;

@Schema(name = "Member")
public record MemberView(
        UUID id,
        String name,
        String country,
        String legalForm,
        Integer joinedYear,
        long version,
        Instant createdAt) {

    static MemberView of(Member m) {
        return new MemberView(m.id, m.name, m.country, m.legalForm, m.joinedYear, m.version, m.createdAt);
    }

    MemberData toEventData() {
        return new MemberData(id, name, country, legalForm, joinedYear, version);
    }
}
