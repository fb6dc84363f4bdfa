package org.grantsplatform.portal.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.web.Language;

/** The signed-in user's associations, asked of associations-service once a request, by id for the pages' names. */
@RequestScoped
public class OwnAssociations {

    @Inject
    @RestClient
    MyAssociations client;

    @Inject
    Language language;

    private List<Association> list;

    public List<Association> list() {
        if (list == null) {
            list = client.list(true, 0, MyAssociations.ALL).items();
        }
        return list;
    }

    /** "Red Financiera Rural (RFR)"; a placeholder for one the user does not own (an admin's view). */
    public String label(UUID id) {
        Map<UUID, Association> byId = Association.byId(list());
        Association association = byId.get(id);
        return association == null ? language.texts(CallsTexts.class).another_association() : association.label();
    }
}
