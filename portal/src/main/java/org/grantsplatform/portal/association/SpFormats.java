package org.grantsplatform.portal.association;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.grantsplatform.portal.web.Language;

/** How SP indicators read: percentages held from 0 to 100, and yes/no answers that may be unknown. */
@TemplateExtension
final class SpFormats {

    private SpFormats() {
    }

    /**
     * A percentage held from 0 to 100 (81.25) as the page's language writes it ("81.25%", "81,25 %"), every decimal
     * reported; null when not reported.
     */
    static String percentOfHundred(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return null;
        }
        NumberFormat percent = NumberFormat.getPercentInstance(Language.of(locale));
        percent.setMaximumFractionDigits(Math.max(value.scale(), 0));
        return percent.format(value.movePointLeft(2));
    }

    /** "Yes", "No" in the page's language, or null when unknown. */
    static String yesNo(Boolean value, @TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return null;
        }
        AssocTexts texts = Language.texts(AssocTexts.class, Language.of(locale));
        return value ? texts.yes() : texts.no();
    }
}
