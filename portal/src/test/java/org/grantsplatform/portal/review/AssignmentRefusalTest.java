package org.grantsplatform.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grantsplatform.portal.programmanager.ProgramManagerWords;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.Problem.Violation;
import org.junit.jupiter.api.Test;

/** grants-service's 422 on an assignment (a violation per refused subject, by its place) as sentences naming people. */
class AssignmentRefusalTest {

    private static final Reviewer RITA = new Reviewer("sub-rita", "Rita Lindqvist", "reviewer1", "r1@x.org", 2, 5);
    private static final Reviewer RAVI = new Reviewer("sub-ravi", "Ravi Sharma", "reviewer2", "r2@x.org", 0, 1);
    private static final ReviewerDirectory DIRECTORY = ReviewerDirectory.of(new Page<>(List.of(RITA), 0, 100, 1),
            new Page<>(List.of(RITA, RAVI), 0, 100, 2));

    private static List<String> sentences(List<String> sent, Violation... violations) {
        Problem worded = AssignmentRefusal.worded(new Problem(null, "Unprocessable", 422, "detail", List.of(violations)),
                sent, DIRECTORY, ProgramManagerWords.keys());
        assertThat(worded.violations()).allMatch(v -> v.field() == null);
        return worded.violations().stream().map(Violation::message).toList();
    }

    @Test
    void eachRefusedReviewerIsNamedWithTheRuleInWords() {
        assertThat(sentences(List.of("sub-rita", "sub-ravi", "sub-nobody"),
                new Violation("subjects[1]", "is an owner of the applying association", "reviewer-not-owner",
                        "not an owner", "sub-ravi"),
                new Violation("subjects[0]", "reviewer1 is not a reviewer", "reviewer-role", "an enabled user",
                        "without the role reviewer"),
                new Violation("subjects[2]", "no user has this subject", "reviewer-known", "a subject", "sub-nobody")))
                .containsExactly("assign_refused_owner(Ravi Sharma (reviewer2))",
                        "assign_refused_role(Rita Lindqvist (reviewer1))",
                        "assign_refused_unknown(sub-nobody)");
    }

    @Test
    void aRuleThePortalDoesNotKnowKeepsTheServicesWordsAfterTheName() {
        assertThat(sentences(List.of("sub-rita"), new Violation("subjects[0]", "is busy", "reviewer-busy", null, null)))
                .containsExactly("Rita Lindqvist (reviewer1): is busy");
    }

    @Test
    void nobodyTickedAsksToTickOneAndOtherListRefusalsKeepTheirWords() {
        assertThat(sentences(List.of(), new Violation("subjects", "must not be empty", null, null, null)))
                .containsExactly("assign_choose");
        assertThat(sentences(List.of(), new Violation("subjects", "size must be between 0 and 20", null, null, null)))
                .containsExactly("size must be between 0 and 20");
    }

    @Test
    void aReviewerIsShownByNameAndUserNameOrWhatTheDirectoryHas() {
        assertThat(RITA.label()).isEqualTo("Rita Lindqvist (reviewer1)");
        assertThat(new Reviewer("s", null, "reviewer9", null, 0, 0).label()).isEqualTo("reviewer9");
        assertThat(new Reviewer("s", "Rosa", null, null, 0, 0).label()).isEqualTo("Rosa");
        assertThat(DIRECTORY.label("sub-unknown")).isEqualTo("sub-unknown");
        assertThat(DIRECTORY.knows("sub-ravi")).isTrue();
    }
}
