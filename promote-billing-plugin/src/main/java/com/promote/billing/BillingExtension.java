package com.promote.billing;

import com.promote.api.ApplyContext;
import com.promote.api.CommunityInfo;
import com.promote.api.HeaderInfo;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.Problem;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.billing.row.BillingRowPlan;
import com.promote.billing.row.RowApplier;
import com.promote.billing.row.RowPlanner;
import java.util.List;
import java.util.Set;

/** Billing's part of a promoted row: memberships on a bill day and a prorated first invoice. */
public final class BillingExtension implements RowExtension<BillingRowPlan> {
    public static final String NAME = "billing";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> ownedColumns() {
        return BillingColumns.ALL;
    }

    /** Elsewhere the billing columns belong to nobody, and so become custom fields. */
    @Override
    public boolean isEnabledFor(CommunityInfo community) {
        return community.billingEnabled();
    }

    @Override
    public List<Problem> checkHeader(HeaderInfo header, CommunityInfo community) {
        if (header.has(BillingColumns.PLANS)) {
            return List.of();
        }
        return List.of(Problem.inHeader(BillingColumns.PLANS, BillingErrorCode.MISSING_PLANS_COLUMN.code(),
                "Community '" + community.name() + "' bills its members, so the file needs a 'Plans' column "
                        + "naming each member's plans (comma-separated). Add it and upload again."));
    }

    @Override
    public PlanResult<BillingRowPlan> plan(RowCells cells, PlanContext context) {
        return RowPlanner.plan(cells, context);
    }

    @Override
    public void apply(BillingRowPlan plan, ApplyContext context) {
        RowApplier.apply(plan, context);
    }
}
