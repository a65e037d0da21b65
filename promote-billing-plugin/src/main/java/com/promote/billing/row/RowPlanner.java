package com.promote.billing.row;

import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.Problem;
import com.promote.api.RowCells;
import com.promote.api.Suggestion;
import com.promote.api.TeamInfo;
import com.promote.billing.BillingColumns;
import com.promote.billing.Parsed;
import com.promote.billing.memberships.NewTeamSchedules;
import com.promote.billing.plans.CommunityPlans;
import com.promote.billing.plans.Plan;
import com.promote.billing.plans.PlansCell;
import com.promote.billing.proration.ProratedInvoice;
import com.promote.billing.proration.ProratedPeriod;
import com.promote.billing.schedule.BillingStartDate;
import com.promote.billing.schedule.MonthlyBillDate;
import com.promote.billing.schedule.TeamSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Plans billing for one row: reads every billing cell, collecting each problem, then schedules. */
public final class RowPlanner {
    private RowPlanner() {
    }

    public static PlanResult<BillingRowPlan> plan(RowCells cells, PlanContext ctx) {
        List<Problem> problems = new ArrayList<>();
        long communityId = ctx.community().id();
        CommunityPlans catalog = ctx.perPromotion(CommunityPlans.class, h -> CommunityPlans.load(h, communityId));
        List<Plan> plans = PlansCell.read(cells, catalog, problems);
        Optional<Integer> ownDay = read(cells, BillingColumns.MONTHLY_BILL_DATE, MonthlyBillDate::parse,
                cell -> MonthlyBillDate.meant(cell).map(day -> new Suggestion(day, "Did you mean bill day " + day + "?")),
                problems);
        Optional<LocalDate> start = read(cells, BillingColumns.BILLING_START_DATE,
                cell -> cells.date(BillingColumns.BILLING_START_DATE)
                        .map(date -> BillingStartDate.ofDateCell(date, ctx.today()))
                        .orElseGet(() -> BillingStartDate.parse(cell, ctx.today())),
                cell -> cells.date(BillingColumns.BILLING_START_DATE).isPresent() ? Optional.empty()
                        : BillingStartDate.meant(cell, ctx.today()).map(date -> new Suggestion(date,
                        "Did you mean " + date + " (" + BillingStartDate.spelledOut(date) + ")?")),
                problems);
        if (!problems.isEmpty()) {
            return PlanResult.failed(problems);
        }

        BillingRowPlan plan = withStart(plans, RowSchedule.of(ownDay, ctx), start);
        if (ctx.team().origin() == TeamInfo.Origin.CREATED_BY_THIS_ROW) {
            // Later rows of this new team are billed alike: same bill day, same first bill date.
            ctx.perPromotion(NewTeamSchedules.class, h -> new NewTeamSchedules())
                    .remember(ctx.team().name(), new TeamSchedule(plan.billDay(), plan.firstBillDate()));
        }
        return PlanResult.of(plan, RowReport.of(plan));
    }

    /**
     * Billing Start Date given: billing starts then, with a prorated invoice up to the next bill
     * day, or with the first recurring bill on the start date when it is a bill day.
     */
    private static BillingRowPlan withStart(List<Plan> plans, TeamSchedule schedule, Optional<LocalDate> start) {
        int day = schedule.billDay();
        if (start.isEmpty()) {
            return new BillingRowPlan(plans, day, schedule.firstBillDate(), schedule.firstBillDate(), Optional.empty());
        }
        LocalDate startDate = start.get();
        Optional<ProratedPeriod> period = ProratedPeriod.of(startDate, day);
        LocalDate firstBill = period.map(ProratedPeriod::firstBill).orElse(startDate);
        Optional<ProratedInvoice> invoice = period.map(p -> ProratedInvoice.of(p, plans.get(0).currency(), plans));
        return new BillingRowPlan(plans, day, startDate, firstBill, invoice);
    }

    /** Reads one cell; a cell that fails gets the suggestion {@code meant} finds for it, if any. */
    private static <T> Optional<T> read(RowCells cells, String column, Function<String, Parsed<T>> parser,
                                        Function<String, Optional<Suggestion>> meant, List<Problem> problems) {
        Optional<String> cell = cells.get(column);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        Parsed<T> parsed = parser.apply(cell.get());
        if (!parsed.isOk()) {
            Problem problem = Problem.inRow(cells, column, parsed.code(), parsed.message());
            Optional<Suggestion> fix = meant.apply(cell.get());
            problems.add(fix.map(f -> problem.suggesting(f.value(), f.message())).orElse(problem));
        }
        return Optional.ofNullable(parsed.value());
    }
}
