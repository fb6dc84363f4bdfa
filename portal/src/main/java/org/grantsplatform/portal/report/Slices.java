package org.grantsplatform.portal.report;

import java.util.List;
import org.grantsplatform.portal.web.Page;

/** Pages of a list that a report answers whole, so that every list shown is paged like the services' own lists. */
final class Slices {

    private Slices() {
    }

    static <T> Page<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) Math.max(page, 0) * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), Math.max(page, 0), size, all.size());
    }
}
