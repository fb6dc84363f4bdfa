package org.grantsplatform.portal.application;

import java.time.Instant;
import java.util.UUID;
import org.grantsplatform.portal.web.Formats;
import org.grantsplatform.portal.web.Language;

/** One line of an application's audit trail (grants-service's history): who moved it from which status to which. */
public record HistoryEntry(Instant at, String actorSubject, String actorName, String fromStatus, String toStatus,
        UUID trancheId, String event, String note) {

    /** Reviews share the trail; their transitions read as such. */
    private static final String REVIEW_EVENT = "grants.review.";

    /** The actor's name, or "Someone" in the page's language ({@code {e.who(inject:lang)}}). */
    public String who(Language language) {
        return actorName == null || actorName.isBlank() ? language.texts(ApplyTexts.class).someone() : actorName;
    }

    /** "Draft → Submitted", "Drafted", "A review: Assigned → Completed", in the page's language. */
    public String what(Language language) {
        ApplyTexts texts = language.texts(ApplyTexts.class);
        if (fromStatus == null) {
            return "DRAFT".equals(toStatus) ? texts.history_drafted() : Formats.words(toStatus, language.locale());
        }
        String move = Formats.words(fromStatus, language.locale()) + " → " + Formats.words(toStatus, language.locale());
        return event != null && event.startsWith(REVIEW_EVENT) ? texts.history_review(move) : move;
    }
}
