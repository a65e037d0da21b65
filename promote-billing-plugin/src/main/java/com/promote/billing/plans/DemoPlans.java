package com.promote.billing.plans;

import com.promote.api.CommunityInfo;
import com.promote.api.DemoSeeder;
import org.jdbi.v3.core.Handle;

/** The demo community's plans, so a first upload can use the Plans column at once. */
public final class DemoPlans implements DemoSeeder {
    @Override
    public void seed(Handle handle, CommunityInfo community) {
        if (!community.billingEnabled()) {
            return;
        }
        PlanDao plans = handle.attach(PlanDao.class);
        plans.insert(community.id(), "Coworking Plan", 300_00, "USD");
        plans.insert(community.id(), "Dedicated Desk", 450_00, "USD");
        plans.insert(community.id(), "Parking Pass", 50_00, "USD");
    }
}
