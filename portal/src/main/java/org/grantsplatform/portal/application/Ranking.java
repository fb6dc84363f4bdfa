package org.grantsplatform.portal.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order a donor reads a programme's applications in: highest score first (grants-service's score, the mean
 * weighted score of the completed reviews), the ones not scored yet after them; equal scores by submission,
 * earlier first, so the order stays the same from one page to the next.
 */
public final class Ranking {

    static final Comparator<Application> ORDER = Comparator
            .comparing(Application::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Application::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Application::id);

    private Ranking() {
    }

    public static List<Application> rank(List<Application> applications) {
        List<Application> ranked = new ArrayList<>(applications);
        ranked.sort(ORDER);
        return ranked;
    }
}
