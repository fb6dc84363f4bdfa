package org.grantsplatform.grants.application;

import jakarta.persistence.Embeddable;

/** A planned outcome: an indicator, where it stands and where the grant should take it. */
@Embeddable
public class Outcome {

    public String indicator;
    public String baseline;
    public String target;

    public Outcome() {
    }

    public Outcome(String indicator, String baseline, String target) {
        this.indicator = indicator;
        this.baseline = baseline;
        this.target = target;
    }
}
