package org.grantsplatform.portal.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.portal.web.Problem;

/**
 * grants-service's answer to "may this association apply to this programme today": every rule it does not
 * meet, with what the rule expects and what it found, as a refused submission names them.
 */
public record EligibilityCheck(UUID programmeId, UUID associationId, LocalDate checkedOn, boolean eligible,
        List<Problem.Violation> failed) {

    public EligibilityCheck {
        failed = failed == null ? List.of() : failed;
    }
}
