package com.promote.api;

import java.util.function.Predicate;

/**
 * The switches a community stores as plain data (SPEC.md). The core knows no extension: it
 * refuses an upload to a community with a switch on that no installed extension
 * {@linkplain RowExtension#serves() serves}.
 */
public enum CommunitySetting {
    BILLING_ENABLED("billingEnabled", CommunityInfo::billingEnabled);

    private final String field;
    private final Predicate<CommunityInfo> on;

    CommunitySetting(String field, Predicate<CommunityInfo> on) {
        this.field = field;
        this.on = on;
    }

    /** The setting's name in the communities API. */
    public String field() {
        return field;
    }

    public boolean isOn(CommunityInfo community) {
        return on.test(community);
    }
}
