package com.promote.api;

import java.time.ZoneId;

/** The community a file is promoted into. */
public record CommunityInfo(long id, String name, ZoneId timeZone, boolean billingEnabled,
                            int defaultBillingDay) {
}
