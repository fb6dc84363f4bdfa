package org.grantsplatform.portal.programme;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One of the user's associations as associations-service answers it: what the apply pages show of it. */
public record Association(UUID id, String name, String acronym, String country, String region, boolean verified,
        int memberCount, BigDecimal transparencyRate) {

    /** "Red Financiera Rural (RFR)". */
    public String label() {
        return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
    }

    /** The associations by id, in the order given. */
    static Map<UUID, Association> byId(List<Association> associations) {
        Map<UUID, Association> byId = new LinkedHashMap<>();
        associations.forEach(a -> byId.put(a.id(), a));
        return byId;
    }
}
