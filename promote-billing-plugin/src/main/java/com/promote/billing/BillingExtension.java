package com.promote.billing;

import com.promote.api.CommunityInfo;
import com.promote.api.CommunitySetting;
import com.promote.api.HeaderInfo;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.Problem;
import com.promote.api.PromotedRow;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.api.UndoContext;
import com.promote.api.Writes;
import com.promote.billing.row.BillingRowPlan;
import com.promote.billing.row.RowWrites;
import com.promote.billing.row.RowPlanner;
import com.promote.billing.teams.TeamBillDays;
import com.promote.billing.undo.BillingUndo;
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
    public void write(BillingRowPlan plan, PromotedRow row, Writes writes) {
        RowWrites.write(plan, row, writes);
    }

    @Override
    public Set<String> tables() {
        return Set.of(RowWrites.MEMBERSHIPS, RowWrites.INVOICES, RowWrites.INVOICE_LINES, TeamBillDays.TABLE);
    }

    @Override
    public Set<CommunitySetting> serves() {
        return Set.of(CommunitySetting.BILLING_ENABLED);
    }

    /** Memberships go; invoices not yet issued go; issued invoices stay as the record they are. */
    @Override
    public void undo(UndoContext context) {
        BillingUndo.undo(context);
    }
}
