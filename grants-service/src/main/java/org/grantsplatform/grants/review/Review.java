package org.grantsplatform.grants.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One reviewer's assignment to an application and, once given, their review. */
@Entity
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID applicationId;
    public String reviewerSubject;
    public String assignedBy;
    public Instant assignedAt;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status;

    public boolean conflictOfInterest;

    @ElementCollection
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    public List<Score> scores = new ArrayList<>();

    /** 0-100, see {@link ReviewService}; null until completed and for a recusal. */
    public BigDecimal weightedScore;
    public String comment;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    public Instant completedAt;

    @Version
    public long version;

    /** The reviewer may give or replace their review while the application is under review, unless they recused. */
    public boolean takesReviewWhile(boolean applicationUnderReview) {
        return applicationUnderReview && status != ReviewStatus.RECUSED;
    }

    public static List<Review> of(UUID applicationId) {
        return list("applicationId", Sort.by("assignedAt").and("reviewerSubject"), applicationId);
    }

    /** The reviews of several applications, each application's in the order of {@link #of(UUID)}. */
    public static List<Review> ofAll(List<UUID> applicationIds) {
        return list("applicationId in ?1", Sort.by("assignedAt").and("reviewerSubject"), applicationIds);
    }

    public static Optional<Review> of(UUID applicationId, String reviewerSubject) {
        return find("applicationId = ?1 and reviewerSubject = ?2", applicationId, reviewerSubject)
                .firstResultOptional();
    }

    public static boolean isAssigned(UUID applicationId, String reviewerSubject) {
        return count("applicationId = ?1 and reviewerSubject = ?2", applicationId, reviewerSubject) > 0;
    }
}
