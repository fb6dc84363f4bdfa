package org.grantsplatform.portal.programme;

import java.util.List;

/** A published programme as the calls pages show it: with where each of the user's associations stands. */
public record Call(Programme programme, List<Standing> standings) {

    public boolean open() {
        return "OPEN".equals(programme.status());
    }

    /**
     * One association's standing on the call.
     *
     * @param check grants-service's eligibility answer; null when grants-service has not learnt of the
     *            association yet (its registration event has not arrived), or when the call is not open
     */
    public record Standing(Association association, EligibilityCheck check) {

        public boolean known() {
            return check != null;
        }

        public boolean qualifies() {
            return check != null && check.eligible();
        }
    }
}
