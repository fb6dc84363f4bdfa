package org.grantsplatform.portal.application;

import java.util.UUID;
import org.grantsplatform.portal.programme.Programme;

/**
 * What a draft answers: the programme and the association, and the application once saved (null before).
 *
 * @param association the association's name as the page shows it
 */
public record DraftFor(Programme programme, UUID associationId, String association, Application application) {

    /** Where the form posts: the draft's edit path once saved, else the new-draft path. */
    public String action() {
        return application == null ? "/applications/new" : "/applications/" + application.id() + "/edit";
    }

    DraftFor saved(Application saved) {
        return new DraftFor(programme, associationId, association, saved);
    }
}
