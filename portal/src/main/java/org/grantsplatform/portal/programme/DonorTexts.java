package org.grantsplatform.portal.programme;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.grantsplatform.portal.web.Language;

/** The donor pages' texts that Java writes (refusals worded as sentences), in the language of the page. */
public final class DonorTexts {

    private DonorTexts() {
    }

    public static DonorMessages in(Language language) {
        return MessageBundles.get(DonorMessages.class, Localized.Literal.of(language.tag()));
    }
}
