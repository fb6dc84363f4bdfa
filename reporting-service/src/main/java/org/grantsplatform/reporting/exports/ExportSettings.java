package org.grantsplatform.reporting.exports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Who publishes the open-data exports, as their standards name the publisher: {@code reporting.exports.*}. */
@ConfigMapping(prefix = "reporting.exports")
public interface ExportSettings {

    /** The 360Giving identifier prefix the publisher registered (every grant's and funder's id starts with it). */
    @WithName("360giving.prefix")
    String threeSixtyGivingPrefix();

    Iati iati();

    interface Iati {

        /** The publishing organisation's org-id.guide identifier; none until the operator sets it. */
        Optional<String> reportingOrgRef();

        /** IATI's OrganisationType code of the publisher. */
        String reportingOrgType();

        String reportingOrgName();

        /** The language of the narratives (ISO 639-1). */
        String defaultLanguage();
    }
}
