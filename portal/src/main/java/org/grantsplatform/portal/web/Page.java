package org.grantsplatform.portal.web;

import java.util.List;

/** A page of a service's list ({@code {items, page, size, total}}, API.md), with what paging links need. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = items == null ? List.of() : items;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    /** The 1-based number of the first item shown, for "21-40 of 75". */
    public long from() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long to() {
        return (long) page * size + items.size();
    }
}
