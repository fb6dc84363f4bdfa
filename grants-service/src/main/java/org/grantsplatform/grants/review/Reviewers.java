package org.grantsplatform.grants.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.directory.DirectoryUser;
import org.grantsplatform.runtime.directory.UserDirectory;
import org.grantsplatform.runtime.problem.Problem.Violation;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Roles;

/**
 * Who may review: the enabled users holding the realm role reviewer in the user directory. The directory is asked
 * outside any transaction, so one that is slow to answer holds no database connection.
 */
@ApplicationScoped
public class Reviewers {

    private final UserDirectory directory;
    private final ReviewerWorkloads workloads;

    @Inject
    public Reviewers(UserDirectory directory, ReviewerWorkloads workloads) {
        this.directory = directory;
        this.workloads = workloads;
    }

    /** A page of the reviewers, by name, with their workload; with a search, those whose names contain it. */
    public Page<ReviewerView> list(String search, PageRequest page) {
        List<DirectoryUser> all = directory.holdersOf(Roles.REVIEWER, search);
        int from = (int) Math.min(all.size(), (long) page.page * page.size);
        List<DirectoryUser> shown = all.subList(from, Math.min(all.size(), from + page.size));
        Map<String, ReviewerWorkload> workload = workloads.workloadOf(shown.stream().map(DirectoryUser::subject)
                .toList());
        return new Page<>(shown.stream().map(u -> ReviewerView.of(u, workload.getOrDefault(u.subject(),
                ReviewerWorkload.NONE))).toList(), page.page, page.size, all.size());
    }

    /**
     * The assignment's subjects, stripped, once the directory knows each as an enabled reviewer; a 422 names any
     * other, and nobody is assigned.
     */
    public List<String> checkedSubjects(ReviewerAssignment assignment) {
        List<String> subjects = assignment.subjects().stream().map(String::strip).toList();
        List<Violation> refused = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            String subject = subjects.get(i);
            String field = "subjects[" + i + "]";
            Optional<DirectoryUser> user = directory.bySubject(subject);
            if (user.isEmpty()) {
                refused.add(new Violation(field, "no user has this subject; a reviewer is named by their subject "
                        + "(GET /api/reviewers), not their user name", "reviewer-known",
                        "the subject of a user with the role reviewer", subject));
                named.add(subject);
            } else if (!user.get().enabled() || !directory.holds(subject, Roles.REVIEWER)) {
                refused.add(new Violation(field, user.get().username() + " is not a reviewer", "reviewer-role",
                        "an enabled user with the role reviewer", user.get().enabled() ? "without the role reviewer"
                                : "disabled"));
                named.add(subject);
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.unprocessable("not a reviewer: " + String.join(", ", named), refused);
        }
        return subjects;
    }
}
