package org.grantsplatform.associations.association;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.directory.DirectoryUnavailableException;
import org.grantsplatform.runtime.directory.DirectoryUser;
import org.grantsplatform.runtime.directory.UserDirectory;
import org.grantsplatform.runtime.problem.Problem.Violation;
import org.grantsplatform.runtime.problem.ProblemException;

/**
 * An association's owners as people: found by user name or e-mail, and named, through the user directory. The
 * directory is asked outside any transaction, so one that is slow to answer holds no database connection.
 */
@ApplicationScoped
public class Owners {

    private final AssociationService associations;
    private final UserDirectory directory;

    @Inject
    public Owners(AssociationService associations, UserDirectory directory) {
        this.associations = associations;
        this.directory = directory;
    }

    /** Adds the user named by subject, or by user name or e-mail (a 422 when the directory knows no such user). */
    public AssociationView add(UUID id, OwnerRequest request) {
        if (request.user() == null) {
            if (request.subject() == null || request.subject().isBlank()) {
                throw ProblemException.invalid("subject", "must not be blank; or name the user in user");
            }
            return associations.addOwner(id, request.subject().strip());
        }
        if (request.subject() != null) {
            throw ProblemException.invalid("user", "name the new owner by user or by subject, not both");
        }
        if (request.user().isBlank()) {
            throw ProblemException.invalid("user", "must not be blank");
        }
        // a stranger learns nothing about the directory's users: the association answers first
        associations.requireChangeable(id);
        String login = request.user().strip();
        DirectoryUser user = directory.byUsernameOrEmail(login).orElseThrow(() -> ProblemException.unprocessable(
                "no user " + login, List.of(new Violation("user", "no user has this user name or e-mail",
                        "user-known", "the user name or e-mail of a user", login))));
        if (!user.enabled()) {
            throw ProblemException.unprocessable("user " + login + " is disabled", List.of(new Violation("user",
                    "this user is disabled", "user-enabled", "an enabled user", login)));
        }
        return associations.addOwner(id, user.subject());
    }

    /**
     * A page of the owners, by subject, each with what the directory holds about them; while the directory does not
     * answer, the owners come without names rather than not at all.
     */
    public Page<OwnerView> list(UUID id, PageRequest page) {
        List<String> subjects = associations.get(id).owners().stream().sorted().toList();
        int from = (int) Math.min(subjects.size(), (long) page.page * page.size);
        List<OwnerView> owners = new ArrayList<>();
        boolean answering = true;
        for (String subject : subjects.subList(from, Math.min(subjects.size(), from + page.size))) {
            DirectoryUser user = null;
            if (answering) {
                try {
                    user = directory.bySubject(subject).orElse(null);
                } catch (DirectoryUnavailableException e) {
                    answering = false;
                }
            }
            owners.add(OwnerView.of(subject, user));
        }
        return new Page<>(owners, page.page, page.size, subjects.size());
    }
}
