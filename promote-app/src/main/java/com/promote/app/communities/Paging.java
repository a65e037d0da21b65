package com.promote.app.communities;

import com.promote.engine.errors.PromoteException;

/** {@code ?offset=&limit=}: lists return at most 1,000 items a response. */
public record Paging(int offset, int limit) {
    public static final int MAX = 1_000;

    public static Paging of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? MAX : limit;
        if (o < 0) {
            throw PromoteException.invalid("offset must not be negative");
        }
        if (l < 1 || l > MAX) {
            throw PromoteException.invalid("limit must be from 1 to " + MAX);
        }
        return new Paging(o, l);
    }
}
