package com.promote.billing.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promote.api.CommunityInfo;
import com.promote.api.TeamInfo;
import com.promote.api.UndoContext;
import org.jdbi.v3.core.Handle;
import com.promote.billing.BillingColumns;
import com.promote.billing.DirectWrites;
import com.promote.billing.FakePlanContext;
import com.promote.billing.FakeRowCells;
import com.promote.billing.invoices.InvoiceDao;
import com.promote.billing.memberships.MembershipDao;
import com.promote.billing.memberships.StoredTeamSchedules;
import com.promote.billing.plans.CommunityPlans;
import com.promote.billing.plans.Plan;
import com.promote.billing.plans.PlanDao;
import com.promote.billing.row.BillingRowPlan;
import com.promote.billing.row.RowPlanner;
import com.promote.billing.schedule.TeamSchedule;
import com.promote.billing.undo.BillingUndo;
import com.promote.testing.TestDatabase;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** DAOs and apply on a real database with the real changelog; run on H2 and on MariaDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BillingStoreContract {
    private TestDatabase db;
    private Jdbi jdbi;
    private CommunityInfo community;
    private long teamId;
    private long memberId;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void openDatabase() {
        db = BillingSchema.create(kind());
        jdbi = db.jdbi();
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    /** Each test in a community of its own, so tests never see each other's rows. */
    @BeforeEach
    void newCommunity() {
        jdbi.useHandle(h -> {
            long id = h.createUpdate("INSERT INTO communities (name) VALUES ('Hive')").executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one();
            community = new CommunityInfo(id, "Hive", ZoneId.of("UTC"), true, 1);
            teamId = insertTeam(h, "Acme");
            memberId = insertMember(h, id, teamId, "ada@example.com");
        });
    }

    private long insertTeam(org.jdbi.v3.core.Handle h, String name) {
        return h.createUpdate("INSERT INTO teams (community_id, name) VALUES (:c, :n)").bind("c", community == null
                ? 0 : community.id()).bind("n", name).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static long insertMember(org.jdbi.v3.core.Handle h, long communityId, long teamId, String email) {
        return h.createUpdate("INSERT INTO members (community_id, team_id, email) VALUES (:c, :t, :e)")
                .bind("c", communityId).bind("t", teamId).bind("e", email)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private Plan plan(String name, long cents, String currency) {
        long id = jdbi.withExtension(PlanDao.class, dao -> dao.insert(community.id(), name, cents, currency));
        return new Plan(id, community.id(), name, cents, currency);
    }

    private BillingRowPlan planRow(FakeRowCells cells, TeamInfo.Origin origin) {
        CommunityPlans plans = jdbi.withHandle(h -> CommunityPlans.load(h, community.id()));
        FakePlanContext ctx = new FakePlanContext().provide(CommunityPlans.class, plans).team(origin, OptionalInt.empty());
        return RowPlanner.plan(cells, ctx).plan();
    }

    @Test
    void theChangelogIsAppliedOnceAndRunningItAgainChangesNothing() {
        BillingSchema.runChangelog(db);
        int changesets = jdbi.withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE author = 'promote-billing'").mapTo(Integer.class).one());
        assertThat(changesets).isEqualTo(7);
    }

    @Test
    void plansAreFoundByExactNameAndListedByName() {
        Plan gold = plan("Gold", 30000, "USD");
        Plan lower = plan("gold", 1000, "USD");   // utf8mb4_bin: a different name
        Plan cafe = plan("Café ☕ Desk", 12345, "EUR");

        PlanDao dao = jdbi.onDemand(PlanDao.class);
        assertThat(dao.findByName(community.id(), "Gold")).contains(gold);
        assertThat(dao.findByName(community.id(), "gold")).contains(lower);
        assertThat(dao.findByName(community.id(), "GOLD")).isEmpty();
        assertThat(dao.findByName(community.id() + 1000, "Gold")).isEmpty();
        assertThat(dao.list(community.id())).containsExactlyInAnyOrder(gold, lower, cafe);
    }

    @Test
    void aPlanNameIsUniqueWithinItsCommunity() {
        plan("Gold", 30000, "USD");
        assertThatThrownBy(() -> plan("Gold", 100, "USD"))
                .isInstanceOf(StatementException.class)
                .satisfies(e -> assertThat(((SQLException) e.getCause()).getSQLState()).startsWith("23"));
    }

    @Test
    void applyWritesAMembershipPerPlanAndOneProratedInvoiceWithALinePerPlan() {
        plan("Gold", 30000, "USD");
        plan("Locker", 2000, "USD");
        BillingRowPlan rowPlan = planRow(new FakeRowCells(1).with(BillingColumns.PLANS, "Gold, Locker")
                .with(BillingColumns.BILLING_START_DATE, "06/20/2026"), TeamInfo.Origin.CREATED_BY_THIS_ROW);

        jdbi.useTransaction(h -> DirectWrites.write(h, rowPlan, community, memberId, teamId, true));

        List<MembershipDao.Row> memberships = memberships(community.id());
        assertThat(memberships).extracting(MembershipDao.Row::plan).containsExactly("Gold", "Locker");
        assertThat(memberships).allSatisfy(m -> {
            assertThat(m.billDay()).isEqualTo(1);
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2026, 6, 20));
            assertThat(m.firstBillDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        });
        List<InvoiceDao.Row> invoices = invoices(community.id());
        // Jun 20..30 = 11 of 30 days: 110.00 + 7.33
        assertThat(invoices).containsExactly(new InvoiceDao.Row(invoices.get(0).id(), LocalDate.of(2026, 6, 20),
                LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 30), 11733, "USD", "prorated"));
        assertThat(lines(community.id()))
                .extracting(InvoiceDao.LineRow::plan, InvoiceDao.LineRow::amountCents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gold", 11000L),
                        org.assertj.core.groups.Tuple.tuple("Locker", 733L));
        assertThat(teamBillDay()).isEqualTo(1);
    }

    @Test
    void aMemberJoiningAnExistingTeamLeavesTheTeamsBillDayAlone() {
        plan("Gold", 30000, "USD");
        BillingRowPlan rowPlan = planRow(new FakeRowCells(1).with(BillingColumns.PLANS, "Gold")
                .with(BillingColumns.MONTHLY_BILL_DATE, "5"), TeamInfo.Origin.EXISTING);

        jdbi.useTransaction(h -> DirectWrites.write(h, rowPlan, community, memberId, teamId, false));

        assertThat(teamBillDay()).isNull();
        assertThat(invoices(community.id())).isEmpty();
        assertThat(memberships(community.id()))
                .extracting(MembershipDao.Row::firstBillDate).containsExactly(LocalDate.of(2026, 6, 5));
    }

    @Test
    void aRolledBackRowLeavesNoMembershipOrInvoice() {
        plan("Gold", 30000, "USD");
        BillingRowPlan rowPlan = planRow(new FakeRowCells(1).with(BillingColumns.PLANS, "Gold")
                .with(BillingColumns.BILLING_START_DATE, "06/20/2026"), TeamInfo.Origin.CREATED_BY_THIS_ROW);

        jdbi.useHandle(h -> {
            h.begin();
            DirectWrites.write(h, rowPlan, community, memberId, teamId, true);
            h.rollback();
        });

        assertThat(memberships(community.id())).isEmpty();
        assertThat(invoices(community.id())).isEmpty();
        assertThat(teamBillDay()).isNull();
    }

    @Test
    void storedTeamSchedulesAreThoseOfEachTeamsFirstMembership() {
        plan("Gold", 30000, "USD");
        BillingRowPlan creator = planRow(new FakeRowCells(1).with(BillingColumns.PLANS, "Gold")
                .with(BillingColumns.MONTHLY_BILL_DATE, "20"), TeamInfo.Origin.CREATED_BY_THIS_ROW);
        BillingRowPlan later = planRow(new FakeRowCells(2).with(BillingColumns.PLANS, "Gold")
                .with(BillingColumns.MONTHLY_BILL_DATE, "5"), TeamInfo.Origin.CREATED_EARLIER_IN_THIS_PROMOTION);
        long secondMember = jdbi.withHandle(h -> insertMember(h, community.id(), teamId, "bob@example.com"));
        jdbi.useTransaction(h -> DirectWrites.write(h, creator, community, memberId, teamId, true));
        jdbi.useTransaction(h -> DirectWrites.write(h, later, community, secondMember, teamId, false));

        StoredTeamSchedules stored = jdbi.withHandle(h -> StoredTeamSchedules.load(h, community.id()));

        assertThat(stored.find(teamId)).contains(new TeamSchedule(20, LocalDate.of(2026, 5, 20)));
        assertThat(stored.find(teamId + 1000)).isEmpty();
    }

    @Test
    void membershipsAndInvoicesAreReadWithinTheirCommunityOnly() {
        plan("Gold", 30000, "USD");
        BillingRowPlan rowPlan = planRow(new FakeRowCells(1).with(BillingColumns.PLANS, "Gold")
                .with(BillingColumns.BILLING_START_DATE, "06/20/2026"), TeamInfo.Origin.CREATED_BY_THIS_ROW);
        jdbi.useTransaction(h -> DirectWrites.write(h, rowPlan, community, memberId, teamId, true));

        long otherCommunity = community.id() + 1000;
        assertThat(memberships(otherCommunity)).isEmpty();
        assertThat(invoices(otherCommunity)).isEmpty();
    }

    @Test
    void undoBeforeTheInvoiceIsIssuedRemovesMembershipsAndInvoice() {
        applySpecExample();

        jdbi.useTransaction(h -> BillingUndo.undo(undoing(h, 99, LocalDate.of(2026, 6, 19))));

        assertThat(memberships(community.id())).isEmpty();
        assertThat(invoices(community.id())).isEmpty();
        assertThat(lines(community.id())).isEmpty();
    }

    @Test
    void undoKeepsAnInvoiceAlreadyIssued() {
        applySpecExample();

        jdbi.useTransaction(h -> BillingUndo.undo(undoing(h, 99, LocalDate.of(2026, 6, 20))));

        assertThat(memberships(community.id())).isEmpty();
        assertThat(invoices(community.id())).extracting(InvoiceDao.Row::amountCents).containsExactly(11000L);
        assertThat(lines(community.id())).extracting(InvoiceDao.LineRow::plan).containsExactly("Gold");
    }

    @Test
    void undoOfAnotherPromotionLeavesThisOnesRowsAlone() {
        applySpecExample();

        jdbi.useTransaction(h -> BillingUndo.undo(undoing(h, 98, LocalDate.of(2026, 5, 15))));

        assertThat(memberships(community.id())).hasSize(1);
        assertThat(invoices(community.id())).hasSize(1);
    }

    /** $300.00, bill day 1, start 06/20/2026, by promotion 99 (DirectWrites). */
    private void applySpecExample() {
        plan("Gold", 30000, "USD");
        BillingRowPlan rowPlan = planRow(new FakeRowCells(1).with(BillingColumns.PLANS, "Gold")
                .with(BillingColumns.BILLING_START_DATE, "06/20/2026"), TeamInfo.Origin.CREATED_BY_THIS_ROW);
        jdbi.useTransaction(h -> DirectWrites.write(h, rowPlan, community, memberId, teamId, true));
    }

    private List<MembershipDao.Row> memberships(long communityId) {
        return jdbi.onDemand(MembershipDao.class).listForMember(communityId, memberId);
    }

    private List<InvoiceDao.Row> invoices(long communityId) {
        return jdbi.onDemand(InvoiceDao.class).listForMember(communityId, memberId);
    }

    private List<InvoiceDao.LineRow> lines(long communityId) {
        return jdbi.onDemand(InvoiceDao.class).linesForMember(communityId, memberId);
    }

    private Integer teamBillDay() {
        return jdbi.withHandle(h -> h.createQuery("SELECT bill_day FROM billing_team_bill_days WHERE team_id = :id")
                .bind("id", teamId).mapTo(Integer.class).findOne().orElse(null));
    }

    /** The undo of promotion {@code promotionId} for this test's member, on {@code today}. */
    private UndoContext undoing(Handle h, long promotionId, LocalDate today) {
        return new Undoing(h, community, today, promotionId, List.of(memberId), List.of());
    }

    private record Undoing(Handle handle, CommunityInfo community, LocalDate today, long promotionId,
                           List<Long> memberIds, List<Long> teamIds) implements UndoContext {
    }
}
