package org.grantsplatform.grants.review;

import jakarta.persistence.Embeddable;

/** A reviewer's score on one rubric criterion, from 0 to the criterion's maxScore. */
@Embeddable
public class Score {

    public String criterion;
    public int score;

    public Score() {
    }

    public Score(String criterion, int score) {
        this.criterion = criterion;
        this.score = score;
    }
}
