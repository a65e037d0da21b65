package com.promote.engine.communities;

import com.promote.api.CommunityInfo;
import java.time.ZoneId;

/** One coworking business; every other record belongs to exactly one. */
public record Community(long id, String name, String timeZone, boolean billingEnabled,
                        int defaultBillingDay) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public CommunityInfo info() {
        return new CommunityInfo(id, name, zone(), billingEnabled, defaultBillingDay);
    }
}
