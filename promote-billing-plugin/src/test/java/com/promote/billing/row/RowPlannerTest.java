package com.promote.billing.row;

import static com.promote.api.TeamInfo.Origin.CREATED_BY_THIS_ROW;
import static com.promote.api.TeamInfo.Origin.CREATED_EARLIER_IN_THIS_PROMOTION;
import static com.promote.api.TeamInfo.Origin.EXISTING;
import static org.assertj.core.api.Assertions.assertThat;

import com.promote.api.PlanResult;
import com.promote.api.Problem;
import com.promote.api.TeamInfo;
import com.promote.billing.BillingColumns;
import com.promote.billing.FakePlanContext;
import com.promote.billing.FakeRowCells;
import com.promote.billing.memberships.StoredTeamSchedules;
import com.promote.billing.plans.CommunityPlans;
import com.promote.billing.plans.Plan;
import com.promote.billing.schedule.TeamSchedule;
import com.promote.billing.teams.TeamBillDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowPlannerTest {
    private static final Plan GOLD = new Plan(1, 7, "Gold", 30000, "USD");
    private static final Plan LOCKER = new Plan(2, 7, "Locker", 2000, "USD");
    private static final Plan EURO_DESK = new Plan(3, 7, "Euro Desk", 25000, "EUR");

    private final FakePlanContext ctx = new FakePlanContext()
            .provide(CommunityPlans.class, new CommunityPlans(List.of(GOLD, LOCKER, EURO_DESK)));

    private static FakeRowCells row(String plans) {
        return new FakeRowCells(4).with(BillingColumns.PLANS, plans);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void everyProblemOfTheRowIsReportedNotJustTheFirst() {
        PlanResult<BillingRowPlan> result = RowPlanner.plan(row("Gold, Platinum")
                .with(BillingColumns.MONTHLY_BILL_DATE, "32")
                .with(BillingColumns.BILLING_START_DATE, "2026-06-20"), ctx);

        assertThat(result.isFailed()).isTrue();
        assertThat(result.problems()).extracting(Problem::code)
                .containsExactly("unknown_plan", "bad_monthly_bill_date", "bad_billing_start_date");
        assertThat(result.problems()).extracting(Problem::row).containsOnly(4);
        assertThat(result.problems()).extracting(Problem::column)
                .containsExactly("plans", "monthly_bill_date", "billing_start_date");
    }

    @Test
    void anUnknownPlanIsNamedAndTheExistingOnesListed() {
        Problem problem = RowPlanner.plan(row("Gold,Platnum"), ctx).problems().get(0);
        assertThat(problem.code()).isEqualTo("unknown_plan");
        assertThat(problem.message()).contains("'Platnum'").contains("Euro Desk, Gold, Locker");
    }

    @Test
    void aLongListOfExistingPlansIsCutShort() {
        List<Plan> many = java.util.stream.IntStream.rangeClosed(1, 35)
                .mapToObj(i -> new Plan(i, 7, String.format("Plan %02d", i), 100, "USD")).toList();
        FakePlanContext big = new FakePlanContext().provide(CommunityPlans.class, new CommunityPlans(many));
        String message = RowPlanner.plan(row("Nope"), big).problems().get(0).message();
        assertThat(message).contains("Plan 01").contains("Plan 30").doesNotContain("Plan 31").contains("and 5 more");
    }

    @Test
    void planNamesMatchExactlyAfterTrimming() {
        assertThat(RowPlanner.plan(row("  Gold  ,Locker "), ctx).isFailed()).isFalse();
        assertThat(RowPlanner.plan(row("gold"), ctx).problems()).extracting(Problem::code).containsExactly("unknown_plan");
    }

    @Test
    void anEmptyPlansCellFailsTheRow() {
        assertThat(RowPlanner.plan(row(""), ctx).problems()).extracting(Problem::code).containsExactly("missing_plans");
        assertThat(RowPlanner.plan(row(" , "), ctx).problems()).extracting(Problem::code).containsExactly("missing_plans");
        assertThat(RowPlanner.plan(new FakeRowCells(1), ctx).problems()).extracting(Problem::code)
                .containsExactly("missing_plans");
    }

    @Test
    void plansOfOneRowMustShareACurrency() {
        Problem problem = RowPlanner.plan(row("Gold, Euro Desk"), ctx).problems().get(0);
        assertThat(problem.code()).isEqualTo("mixed_currencies");
        assertThat(problem.message()).contains("USD").contains("EUR");
    }

    @Test
    void aPlanNamedTwiceFails() {
        assertThat(RowPlanner.plan(row("Gold, Gold"), ctx).problems()).extracting(Problem::code)
                .containsExactly("duplicate_plan");
    }

    @Test
    void aStartDateNotAfterTodayFails() {
        PlanResult<BillingRowPlan> result = RowPlanner.plan(row("Gold").with(BillingColumns.BILLING_START_DATE, "05/15/2026"), ctx);
        assertThat(result.problems()).extracting(Problem::code).containsExactly("billing_start_date_not_after_today");
    }

    @Test
    void aWorkbookDateCellIsThatDateWhateverItsTextLooksLike() {
        ctx.team(CREATED_BY_THIS_ROW, OptionalInt.empty());
        // The core hands a date cell as YYYY-MM-DD text plus the date itself; text alone in that
        // form is refused (previous test), a date cell is taken as it is.
        PlanResult<BillingRowPlan> result = RowPlanner.plan(row("Gold")
                .withDateCell(BillingColumns.BILLING_START_DATE, date("2026-06-20")), ctx);

        assertThat(result.isFailed()).isFalse();
        assertThat(result.plan().startDate()).isEqualTo(date("2026-06-20"));
        assertThat(result.plan().firstBillDate()).isEqualTo(date("2026-07-01"));
        assertThat(result.plan().proratedInvoice()).isPresent();
    }

    @Test
    void aWorkbookDateCellNotAfterTodayFailsShowingTheDateMonthFirst() {
        PlanResult<BillingRowPlan> result = RowPlanner.plan(row("Gold")
                .withDateCell(BillingColumns.BILLING_START_DATE, date("2026-05-15")), ctx);

        assertThat(result.problems()).extracting(Problem::code).containsExactly("billing_start_date_not_after_today");
        assertThat(result.problems().get(0).message()).contains("05/15/2026");
    }

    @ParameterizedTest(name = "{0} team with bill day {1}, default {2}, own day {3}: day {4}, first bill {5}")
    @CsvSource({
            // origin,            team day (blank: none), default, own, day, first bill    (today 2026-05-15)
            "EXISTING,            10,       1,       '',  10,  2026-06-10",
            "EXISTING,            20,       1,       '',  20,  2026-05-20",
            "EXISTING,              ,       20,      '',  20,  2026-05-20",   // no team day: community default
            "EXISTING,            10,       1,       5,   5,   2026-06-05",   // own day wins
            "CREATED_BY_THIS_ROW,   ,       1,       '',  1,   2026-06-01",   // SPEC
            "CREATED_BY_THIS_ROW,   ,       20,      '',  20,  2026-06-20",   // SPEC: next month, not May 20
            "CREATED_BY_THIS_ROW,   ,       1,       20,  20,  2026-05-20",   // own day: next occurrence
    })
    void billDayAndFirstBillDate(TeamInfo.Origin origin, Integer teamDay, int defaultDay, String ownDay,
                                 int expectedDay, LocalDate expectedFirstBill) {
        ctx.defaultBillingDay(defaultDay)
                .team(origin, teamDay == null ? OptionalInt.empty() : OptionalInt.of(teamDay));
        FakeRowCells cells = row("Gold").with(BillingColumns.MONTHLY_BILL_DATE, ownDay);

        BillingRowPlan plan = RowPlanner.plan(cells, ctx).plan();

        assertThat(plan.billDay()).isEqualTo(expectedDay);
        assertThat(plan.firstBillDate()).isEqualTo(expectedFirstBill);
        assertThat(plan.startDate()).isEqualTo(expectedFirstBill);
        assertThat(plan.proratedInvoice()).isEmpty();
    }

    @Test
    void theSpecExampleOfAProratedInvoice() {
        ctx.team(CREATED_BY_THIS_ROW, OptionalInt.empty());
        PlanResult<BillingRowPlan> result = RowPlanner.plan(row("Gold").with(BillingColumns.BILLING_START_DATE, "06/20/2026"), ctx);

        assertThat(result.plan().startDate()).isEqualTo(date("2026-06-20"));
        assertThat(result.plan().firstBillDate()).isEqualTo(date("2026-07-01"));
        assertThat(result.report()).isEqualTo(Map.of(
                "memberships", List.of(Map.of("plan", "Gold", "billDay", 1, "startDate", "2026-06-20",
                        "firstBillDate", "2026-07-01")),
                "proratedInvoice", Map.of("issueDate", "2026-06-20", "periodStart", "2026-06-20",
                        "periodEnd", "2026-06-30", "amount", "110.00", "currency", "USD",
                        "lines", List.of(Map.of("plan", "Gold", "amount", "110.00")))));
    }

    @Test
    void severalPlansGiveOneMembershipEachAndOneInvoiceWithALinePerPlan() {
        // Jun 20..30 = 11 of 30 days: 300 -> 110.00, 20 -> 7.333 -> 7.33; total 117.33
        PlanResult<BillingRowPlan> result = RowPlanner.plan(row("Gold, Locker").with(BillingColumns.BILLING_START_DATE, "6/20/2026"), ctx);

        assertThat(result.plan().plans()).containsExactly(GOLD, LOCKER);
        assertThat(result.plan().proratedInvoice().orElseThrow().amountCents()).isEqualTo(11733);
        @SuppressWarnings("unchecked")
        Map<String, Object> invoice = (Map<String, Object>) result.report().get("proratedInvoice");
        assertThat(invoice).containsEntry("amount", "117.33");
        assertThat((List<?>) result.report().get("memberships")).hasSize(2);
    }

    @Test
    void aStartDateOnTheBillDayHasNoInvoiceAndBillsFromThatDay() {
        ctx.team(EXISTING, OptionalInt.of(1));
        PlanResult<BillingRowPlan> result = RowPlanner.plan(row("Gold").with(BillingColumns.BILLING_START_DATE, "07/01/2026"), ctx);

        assertThat(result.plan().firstBillDate()).isEqualTo(date("2026-07-01"));
        assertThat(result.plan().startDate()).isEqualTo(date("2026-07-01"));
        assertThat(result.plan().proratedInvoice()).isEmpty();
        assertThat(result.report()).containsEntry("proratedInvoice", null);
    }

    @Test
    void laterRowsOfANewTeamAreBilledLikeTheRowThatCreatedIt() {
        // Creator: own day 20 -> May 20. A later row of the team, uploaded the same day, with
        // the community default day 1, still takes day 20 and May 20.
        ctx.defaultBillingDay(1).team(CREATED_BY_THIS_ROW, OptionalInt.empty());
        RowPlanner.plan(row("Gold").with(BillingColumns.MONTHLY_BILL_DATE, "20"), ctx);

        FakePlanContext later = ctx.nextRow().team(CREATED_EARLIER_IN_THIS_PROMOTION, OptionalInt.empty());
        BillingRowPlan plan = RowPlanner.plan(row("Locker"), later).plan();

        assertThat(plan.billDay()).isEqualTo(20);
        assertThat(plan.firstBillDate()).isEqualTo(date("2026-05-20"));
    }

    @Test
    void aLaterRowWithItsOwnStartDateKeepsTheTeamBillDayAndProrates() {
        ctx.defaultBillingDay(1).team(CREATED_BY_THIS_ROW, OptionalInt.empty());
        RowPlanner.plan(row("Gold").with(BillingColumns.MONTHLY_BILL_DATE, "15"), ctx);

        FakePlanContext later = ctx.nextRow().team(CREATED_EARLIER_IN_THIS_PROMOTION, OptionalInt.empty());
        BillingRowPlan plan = RowPlanner.plan(row("Gold").with(BillingColumns.BILLING_START_DATE, "06/20/2026"), later).plan();

        // Jun 20..Jul 14 = 25 of Jun 15..Jul 14 = 30 days; 300 × 25/30 = 250.00
        assertThat(plan.billDay()).isEqualTo(15);
        assertThat(plan.firstBillDate()).isEqualTo(date("2026-07-15"));
        assertThat(plan.proratedInvoice().orElseThrow().amountCents()).isEqualTo(25000);
    }

    @Test
    void aLaterRowWithItsOwnBillDayUsesIt() {
        ctx.team(CREATED_BY_THIS_ROW, OptionalInt.empty());
        RowPlanner.plan(row("Gold"), ctx);

        FakePlanContext later = ctx.nextRow().team(CREATED_EARLIER_IN_THIS_PROMOTION, OptionalInt.empty());
        BillingRowPlan plan = RowPlanner.plan(row("Gold").with(BillingColumns.MONTHLY_BILL_DATE, "5"), later).plan();

        assertThat(plan.billDay()).isEqualTo(5);
        assertThat(plan.firstBillDate()).isEqualTo(date("2026-06-05"));
    }

    @Test
    void afterARestartTheCreatorsStoredMembershipDecides() {
        TeamInfo resumed = new TeamInfo(Optional.of(33L), "Acme", CREATED_EARLIER_IN_THIS_PROMOTION);
        ctx.team(resumed).provide(TeamBillDays.class, TeamBillDays.of(Map.of(33L, 20))).provide(StoredTeamSchedules.class,
                StoredTeamSchedules.of(Map.of(33L, new TeamSchedule(20, date("2026-05-20")))));

        BillingRowPlan plan = RowPlanner.plan(row("Gold"), ctx).plan();

        assertThat(plan.billDay()).isEqualTo(20);
        assertThat(plan.firstBillDate()).isEqualTo(date("2026-05-20"));
    }

    @Test
    void afterARestartWithNothingStoredTheTeamsBillDayIsUsedAsForANewTeam() {
        TeamInfo resumed = new TeamInfo(Optional.of(33L), "Acme", CREATED_EARLIER_IN_THIS_PROMOTION);
        ctx.team(resumed).provide(TeamBillDays.class, TeamBillDays.of(Map.of(33L, 12))).provide(StoredTeamSchedules.class, StoredTeamSchedules.of(Map.of()));

        BillingRowPlan plan = RowPlanner.plan(row("Gold"), ctx).plan();

        assertThat(plan.billDay()).isEqualTo(12);
        assertThat(plan.firstBillDate()).isEqualTo(date("2026-06-12"));
    }

    @Test
    void aFailedCreatorRowIsNotRemembered() {
        ctx.team(CREATED_BY_THIS_ROW, OptionalInt.empty());
        RowPlanner.plan(row("Gold").with(BillingColumns.MONTHLY_BILL_DATE, "40"), ctx);

        FakePlanContext later = ctx.nextRow().team(CREATED_EARLIER_IN_THIS_PROMOTION, OptionalInt.empty());
        BillingRowPlan plan = RowPlanner.plan(row("Gold"), later).plan();

        // dry run, team not stored: community default day 1, new-team rule
        assertThat(plan.billDay()).isEqualTo(1);
        assertThat(plan.firstBillDate()).isEqualTo(date("2026-06-01"));
    }
}
