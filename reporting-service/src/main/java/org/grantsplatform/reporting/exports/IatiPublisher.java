package org.grantsplatform.reporting.exports;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;
import org.grantsplatform.runtime.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Who publishes the IATI activities: an organisation identifier in org-id.guide's
 * {@code {RegistrationAgency}-{RegistrationNumber}} form that the agency issued. It has no default in
 * production: a made-up one would be published as if it were real, so the IATI export refuses until it is set.
 */
@ApplicationScoped
public class IatiPublisher {

    private static final Logger LOG = Logger.getLogger(IatiPublisher.class);
    /** An agency code (two letters, a dash, letters or digits) and the number it issued. */
    static final Pattern ORGANISATION_IDENTIFIER = Pattern.compile("[A-Z]{2}-[A-Z0-9]+-\\S+");
    private static final String SETTING = "REPORTING_EXPORTS_IATI_REPORTING_ORG_REF";

    private final ExportSettings.Iati settings;
    private final Optional<String> ref;

    @Inject
    public IatiPublisher(ExportSettings settings) {
        this.settings = settings.iati();
        this.ref = this.settings.reportingOrgRef();
    }

    void check(@Observes StartupEvent start) {
        if (ref.isEmpty()) {
            LOG.warnf("No IATI publisher identifier: the IATI export answers 503 until %s is set to the publishing "
                    + "organisation's identifier in org-id.guide form (e.g. GB-CHC-1234567)", SETTING);
        } else if (!ORGANISATION_IDENTIFIER.matcher(ref.get()).matches()) {
            LOG.warnf("The IATI publisher identifier %s (%s) is not {RegistrationAgency}-{RegistrationNumber}; "
                    + "IATI validators will reject every activity", ref.get(), SETTING);
        }
    }

    /** The reporting organisation's identifier, or a 503 problem naming the setting. */
    String ref() {
        return ref.orElseThrow(() -> new ProblemException(503, "Not configured",
                "The IATI publisher identifier is not set: the operator sets " + SETTING
                        + " to the publishing organisation's org-id.guide identifier", null));
    }

    String type() {
        return settings.reportingOrgType();
    }

    String name() {
        return settings.reportingOrgName();
    }

    String language() {
        return settings.defaultLanguage();
    }
}
