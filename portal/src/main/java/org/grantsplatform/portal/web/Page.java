package org.grantsplatform.portal.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

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

    /**
     * Page {@code page} of a list the service answers oldest first, shown newest first: the items that fall on it
     * counted from the end, newest first. {@code read} asks for one of the service's pages of {@code size} items;
     * the first says the total, and a page shown takes at most two more.
     */
    public static <T> Page<T> newestFirst(int page, int size, IntFunction<Page<T>> read) {
        Page<T> first = read.apply(0);
        long total = first.total();
        long end = total - (long) page * size;
        List<T> items = new ArrayList<>();
        if (end > 0) {
            long start = Math.max(0, end - size);
            for (int p = (int) (start / size); (long) p * size < end; p++) {
                List<T> part = (p == 0 ? first : read.apply(p)).items();
                for (int i = 0; i < part.size(); i++) {
                    long index = (long) p * size + i;
                    if (index >= start && index < end) {
                        items.add(part.get(i));
                    }
                }
            }
        }
        Collections.reverse(items);
        return new Page<>(items, page, size, total);
    }
}
