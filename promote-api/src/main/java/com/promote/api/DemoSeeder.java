package com.promote.api;

import org.jdbi.v3.core.Handle;

/**
 * Optional: adds an extension's reference data (billing: a few plans) to the demo community
 * that {@code promote-app demo} creates, inside the same transaction. Bind with
 * {@link PromoteBinders#demoSeeders}.
 */
public interface DemoSeeder {
    void seed(Handle handle, CommunityInfo community);
}
