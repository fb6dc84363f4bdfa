package org.grantsplatform.portal.report;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import org.grantsplatform.portal.web.Formats;

/** How report pages write the SP indicators, which reporting-service gives in percent (50.00), not as fractions. */
@TemplateExtension
public final class ReportFormats {

    private ReportFormats() {
    }

    /** A number of percent as a percentage in the user's language ("50%", "50 %"); empty when there is none. */
    public static String share(BigDecimal percent, @TemplateAttribute("locale") Object locale) {
        return percent == null ? "" : Formats.percent(percent.movePointLeft(2), locale);
    }
}
