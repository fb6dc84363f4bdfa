package org.grantsplatform.portal.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The signed-in donor's own programmes. grants-service lists every published programme to every donor (and
 * their own drafts) and has no owner filter, so the donor's own are picked here by {@code ownerSubject}, the
 * subject the service made their donor when they created it.
 */
@RequestScoped
public class DonorProgrammes {

    /** The largest page the services answer. */
    static final int ALL = 100;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    CurrentUser user;

    /** A page of the donor's programmes (of one status, or all), oldest first as the service lists them. */
    public Page<Programme> page(String status, int page, int size) {
        List<Programme> own = new ArrayList<>();
        Page<Programme> read;
        int next = 0;
        do {
            read = programmes.list(status, next++, ALL);
            read.items().stream().filter(this::owns).forEach(own::add);
        } while (read.hasNext());
        int from = Math.min(page * size, own.size());
        return new Page<>(own.subList(from, Math.min(from + size, own.size())), page, size, own.size());
    }

    /** One of the donor's programmes; another donor's, published or not, is not found (a 404 page). */
    public Programme owned(UUID id) {
        Programme programme = programmes.get(id);
        if (!owns(programme)) {
            throw new ServiceProblem(new Problem(null, "Not Found", 404, null, null));
        }
        return programme;
    }

    private boolean owns(Programme programme) {
        return user.subject().equals(programme.ownerSubject());
    }
}
