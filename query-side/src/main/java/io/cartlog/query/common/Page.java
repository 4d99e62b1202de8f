package io.cartlog.query.common;

import io.cartlog.platform.web.ApiException;

/** {@code limit}/{@code offset} of a list endpoint, checked once for every list. */
public record Page(int limit, int offset) {

    public static final int MAX_LIMIT = 1000;

    public static Page of(Integer limit, Integer offset, int defaultLimit) {
        int l = limit == null ? defaultLimit : limit;
        int o = offset == null ? 0 : offset;
        if (l < 0 || l > MAX_LIMIT) {
            throw ApiException.invalidData("Invalid request: 'limit' must be between 0 and " + MAX_LIMIT);
        }
        if (o < 0) {
            throw ApiException.invalidData("Invalid request: 'offset' must not be negative");
        }
        return new Page(l, o);
    }
}
