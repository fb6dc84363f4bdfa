package org.grantsplatform.runtime.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=0&size=20}: pages count from 0, at most 100 items a page and at most {@link #MAX_PAGE} pages, so that
 * the first row's offset (page × size) always fits in an int.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    public int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public io.quarkus.panache.common.Page toPanache() {
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
