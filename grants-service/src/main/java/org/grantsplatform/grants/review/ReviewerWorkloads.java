package org.grantsplatform.grants.review;

import java.util.List;
import java.util.Map;

/**
 * The reviewers' workloads. Which applications still wait for their reviews is for the application package to say,
 * so it answers, as this package answers access's {@code ReviewerAssignments}.
 */
public interface ReviewerWorkloads {

    /** The workload of each of the reviewers who has reviews, in one query; the others have none. */
    Map<String, ReviewerWorkload> workloadOf(List<String> reviewerSubjects);
}
