package org.grantsplatform.portal.association;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import org.grantsplatform.portal.web.Formats;

/** How SP indicators read: percentages held from 0 to 100, and yes/no answers that may be unknown. */
@TemplateExtension
final class SpFormats {

    private SpFormats() {
    }

    /** A percentage held from 0 to 100 (81.25) as "81.25%", every decimal reported; null when not reported. */
    static String percentOfHundred(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        return value == null ? null : Formats.number(value, locale) + "%";
    }

    /** "Yes", "No", or null when unknown. */
    static String yesNo(Boolean value) {
        return value == null ? null : value ? "Yes" : "No";
    }
}
