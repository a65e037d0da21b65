package com.promote.billing.plans;

import com.promote.api.CommunityInfo;
import com.promote.api.DemoSeeder;
import com.promote.billing.BillingColumns;
import com.promote.billing.teams.TeamBillDays;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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
        // The demo's first team bills on the 15th, so a row joining it shows a team's own bill day.
        handle.createQuery("SELECT MIN(id) FROM teams WHERE community_id = :c").bind("c", community.id())
                .mapTo(Long.class).findOne().ifPresent(team -> TeamBillDays.store(handle, community.id(), team, 15));
    }

    /** Two plans on every generated row, billed from ten days on: a prorated invoice each. */
    @Override
    public Map<String, String> exampleCells(CommunityInfo community, LocalDate today) {
        if (!community.billingEnabled()) {
            return Map.of();
        }
        String start = today.plusDays(10).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
        return Map.of(BillingColumns.PLANS, "Coworking Plan, Parking Pass", BillingColumns.BILLING_START_DATE, start);
    }
}
