package org.grantsplatform.grants.grant;

import jakarta.persistence.Embeddable;

/** An indicator's actual value reported at a milestone. */
@Embeddable
public class Indicator {

    public String name;
    public String actual;

    public Indicator() {
    }

    public Indicator(String name, String actual) {
        this.name = name;
        this.actual = actual;
    }
}
