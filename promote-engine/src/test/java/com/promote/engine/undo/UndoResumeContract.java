package com.promote.engine.undo;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.PromotedRow;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.api.UndoContext;
import com.promote.api.Writes;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.communities.Community;
import com.promote.engine.customfields.CustomFieldsExtension;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionDao;
import com.promote.engine.promotions.PromotionRunner;
import com.promote.engine.promotions.PromotionView;
import com.promote.engine.roompermissions.RoomPermissionsExtension;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An undo cut off part-way goes on where it stopped: after a runner asked to stop, and after a
 * runner that died in the middle of a batch (its transaction never committed, its claim left
 * "running" until its heartbeat went stale). Every member is restored exactly once, and the
 * CRM ends exactly as it was before the promotion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UndoResumeContract {
    private static final int PEOPLE = 1_050;
    private static final int BATCH = 100;

    /**
     * Writes down, in the undo's own transaction, each member it was handed: a member restored
     * twice would be there twice. Calls a hook with the number of member batches it saw.
     */
    static final class Tally implements RowExtension<Object> {
        volatile IntConsumer hook = batch -> { };
        private int batches;

        @Override
        public String name() {
            return "tally";
        }

        @Override
        public Set<String> ownedColumns() {
            return Set.of();
        }

        @Override
        public PlanResult<Object> plan(RowCells cells, PlanContext context) {
            return PlanResult.nothing(Map.of());
        }

        @Override
        public void write(Object plan, PromotedRow row, Writes writes) {
        }

        @Override
        public void undo(UndoContext context) {
            if (context.memberIds().isEmpty()) {
                return;
            }
            var insert = context.handle().prepareBatch("INSERT INTO undo_tally (member_id) VALUES (:m)");
            context.memberIds().forEach(m -> insert.bind("m", m).add());
            insert.execute();
            hook.accept(++batches);
        }
    }

    private final Tally tally = new Tally();
    private TestDatabase db;
    private Fixture f;
    private UndoService undo;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        db = CoreSchema.on(TestDatabase.create(kind()));
        db.jdbi().useHandle(h -> h.execute("CREATE TABLE undo_tally (member_id BIGINT NOT NULL)"));
        f = new Fixture(db.jdbi(), new ExtensionRegistry(List.of(new RoomPermissionsExtension(),
                new CustomFieldsExtension(), tally)), BATCH, 50L << 20);
        undo = new UndoService(db.jdbi(), PromoteClock.fixedAt(Fixture.TODAY));
    }

    @AfterEach
    void reset() {
        tally.hook = batch -> { };
        tally.batches = 0;
        db.jdbi().useHandle(h -> h.execute("DELETE FROM undo_tally"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    /** Every person as stored, one line each, in id order. */
    private List<String> crm(Community c) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id, type, first_name, last_name, email, email_key,"
                        + " phone, company_name, source, notes, follow_up_date, tour_date, promoted_date, created_at,"
                        + " archived_at, promoted_to_member_id FROM people WHERE community_id = :c ORDER BY id")
                .bind("c", c.id())
                .map((rs, ctx) -> {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= 16; i++) {
                        line.append(rs.getString(i)).append('|');
                    }
                    return line.toString();
                })
                .list());
    }

    private record Promoted(Community community, PromotionView promotion, List<String> crmBefore, long changedMember) {
    }

    /** 1,050 leads with dates, four a team, a group and a custom field; one member changed since. */
    private Promoted promoted() {
        Community c = f.community();
        f.group(c, "Group Blue");
        db.jdbi().useHandle(h -> {
            var people = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name, email, email_key,"
                    + " phone, source, follow_up_date, tour_date, created_at) VALUES (:c, :type, 'P', :n, :e, :e, :phone,"
                    + " 'web', DATE '2026-06-01', DATE '2026-04-02', TIMESTAMP '2026-01-02 03:04:05.678')");
            for (int i = 0; i < PEOPLE; i++) {
                people.bind("c", c.id()).bind("type", i % 3 == 0 ? "contact" : "lead").bind("n", "N" + i)
                        .bind("e", "p" + i + "@x.org").bind("phone", "555-" + i).add();
            }
            people.execute();
        });
        List<String> before = crm(c);
        StringBuilder file = new StringBuilder("email,company_name,Room Permissions,Key Fob\n");
        for (int i = 0; i < PEOPLE; i++) {
            file.append("p").append(i).append("@x.org,Team ").append(i / 4).append(",Group Blue,F").append(i).append('\n');
        }
        PromotionView p = f.run(c, file.toString());
        assertThat(p.promoted()).isEqualTo(PEOPLE);
        long changed = f.member(c, "p777@x.org").id();
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE members SET phone = 'new', updated_at = :later WHERE id = :m")
                .bind("later", Instant.now().plus(Duration.ofMinutes(5))).bind("m", changed).execute());
        return new Promoted(c, p, before, changed);
    }

    private UndoJobRow job(long promotionId) {
        return db.jdbi().withExtension(UndoJobDao.class, d -> d.get(promotionId)).orElseThrow();
    }

    private Map<Long, Long> tallied() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT member_id FROM undo_tally").mapTo(Long.class).list())
                .stream().collect(Collectors.groupingBy(m -> m, Collectors.counting()));
    }

    @Test
    void aRunnerAskedToStopHandsTheUndoBackAndAnotherFinishesIt() {
        Promoted p = promoted();
        Set<Long> promotedIds = memberIds(p.community());
        PromotionRunner first = f.newRunner(BATCH, Duration.ofSeconds(30));
        tally.hook = batch -> {
            if (batch == 3) {
                stop(first);
            }
        };
        undo.start(p.community(), p.promotion().id(), Fixture.ADMIN_ID);

        first.runOne();

        UndoJobRow handedBack = job(p.promotion().id());
        assertThat(handedBack.status()).isEqualTo("queued");
        assertThat(handedBack.processedMembers()).isEqualTo(3 * BATCH);
        assertThat(handedBack.restored()).isEqualTo(3 * BATCH);
        assertThat(tallied()).hasSize(3 * BATCH);
        assertThat(f.members(p.community())).hasSize(PEOPLE - 3 * BATCH);

        tally.hook = batch -> { };
        f.newRunner(BATCH, Duration.ofSeconds(30)).runOne();

        assertUndoneExactly(p, promotedIds);
    }

    @Test
    void anUndoWhoseRunnerDiedMidBatchIsTakenOverWhenStaleAndNoMemberIsRestoredTwice() throws Exception {
        Promoted p = promoted();
        Set<Long> promotedIds = memberIds(p.community());
        PromotionRunner dying = f.newRunner(BATCH, Duration.ofSeconds(3));
        // Dies inside its fifth batch, after the extensions and before the core's part: nothing of
        // that batch may stay, and nothing may hand the undo back (a killed process cannot).
        tally.hook = batch -> {
            if (batch == 5) {
                throw new Killed();
            }
        };
        undo.start(p.community(), p.promotion().id(), Fixture.ADMIN_ID);
        dying.runOne();
        tally.hook = batch -> { };

        UndoJobRow cutOff = job(p.promotion().id());
        assertThat(cutOff.status()).isEqualTo("running");
        assertThat(cutOff.processedMembers()).isEqualTo(4 * BATCH);
        assertThat(tallied()).as("the dying batch left nothing").hasSize(4 * BATCH);
        assertThat(f.members(p.community())).hasSize(PEOPLE - 4 * BATCH);

        PromotionRunner second = f.newRunner(BATCH, Duration.ofSeconds(3));
        second.runOne();
        assertThat(job(p.promotion().id()).processedMembers()).as("not stale yet: left alone").isEqualTo(4 * BATCH);
        Thread.sleep(3_500);
        second.runOne();

        assertUndoneExactly(p, promotedIds);
    }

    /**
     * An upload waits while an undo runs in its community (the undo restores people the upload
     * may name, and the two would wait on each other's row locks); other communities' uploads go on,
     * and so does the upload once the undo's runner looks dead.
     */
    @Test
    void aNewUploadWaitsWhileAnUndoRunsInItsCommunity() {
        Community c = f.community();
        Community other = f.community();
        f.lead(c, "Ada", "Byron", "ada@x.org", null);
        f.lead(other, "Cy", "Dee", "cy@x.org", null);
        Promotion undone = f.upload(c, "email\nada@x.org\n", false);
        db.jdbi().useHandle(h -> {
            h.execute("UPDATE promotions SET status = 'succeeded' WHERE id = ?", undone.id());
            h.execute("INSERT INTO promotion_undos (promotion_id, community_id, admin_id, status, undo_date,"
                    + " total_members, processed_members, restored, last_member_id, claimed_by, heartbeat_at,"
                    + " created_at, started_at) VALUES (?, ?, ?, 'running', DATE '2026-05-15', 1, 0, 0, 0, 'another',"
                    + " CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))",
                    undone.id(), c.id(), Fixture.ADMIN_ID);
        });
        Promotion waiting = f.upload(c, "email\nada@x.org\n", true);
        Promotion elsewhere = f.upload(other, "email\ncy@x.org\n", true);
        long staleMicros = Duration.ofSeconds(30).toNanos() / 1_000;

        assertThat(nextRunnable(staleMicros)).contains(elsewhere.id());

        db.jdbi().useHandle(h -> h.execute("UPDATE promotions SET status = 'succeeded' WHERE id = ?", elsewhere.id()));
        assertThat(nextRunnable(staleMicros)).as("the undo still runs").isEmpty();

        db.jdbi().useHandle(h -> h.execute("UPDATE promotion_undos SET heartbeat_at = TIMESTAMPADD(MINUTE, -5,"
                + " CURRENT_TIMESTAMP(3)) WHERE promotion_id = ?", undone.id()));
        assertThat(nextRunnable(staleMicros)).as("its runner looks dead").contains(waiting.id());
    }

    private Optional<Long> nextRunnable(long staleMicros) {
        return db.jdbi().inTransaction(h -> h.attach(PromotionDao.class).lockNextRunnable(staleMicros));
    }

    private void assertUndoneExactly(Promoted p, Set<Long> promotedIds) {
        Community c = p.community();
        UndoProgress done = undo.progress(c.id(), p.promotion().id()).orElseThrow();
        assertThat(done.status()).isEqualTo("succeeded");
        assertThat(done.totalMembers()).isEqualTo(PEOPLE);
        assertThat(done.processedMembers()).isEqualTo(PEOPLE);
        assertThat(done.restored()).isEqualTo(PEOPLE - 1);
        assertThat(done.leftAlone()).containsExactly(new UndoReport.LeftAlone(p.changedMember(), "p777@x.org",
                "changed after the promotion"));
        Map<Long, Long> tallied = tallied();
        assertThat(tallied.values()).as("no member restored twice").allMatch(n -> n == 1);
        Set<Long> expected = new java.util.HashSet<>(promotedIds);
        expected.remove(p.changedMember());
        assertThat(tallied.keySet()).as("none forgotten").isEqualTo(expected);

        // The CRM as it was, but for the person whose member was left alone.
        List<String> now = crm(c);
        String keptEmail = "|p777@x.org|";
        assertThat(now.stream().filter(l -> !l.contains(keptEmail)).toList())
                .isEqualTo(p.crmBefore().stream().filter(l -> !l.contains(keptEmail)).toList());
        assertThat(now.stream().filter(l -> l.contains(keptEmail)).findFirst().orElseThrow())
                .as("still promoted").endsWith("|" + p.changedMember() + "|");
        assertThat(f.members(c)).extracting(m -> m.id()).containsExactly(p.changedMember());
        int teams = (PEOPLE + 3) / 4;
        assertThat(done.teamsRemoved()).hasSize(teams - 1).doesNotContain("Team " + 777 / 4)
                .contains("Team 0", "Team " + (teams - 1));
        assertThat(f.teams(c).keySet()).containsExactly("Team " + 777 / 4);
        assertThat(f.teams(c).get("Team " + 777 / 4).adminMemberId()).isEqualTo(p.changedMember());
        assertThat(f.memberGroupLinks(c)).isEqualTo(1);
        assertThat(f.customFieldRows(c)).isEqualTo(1);
        Instant undoneAt = db.jdbi().withHandle(h -> h.createQuery("SELECT undone_at FROM promotions WHERE id = :p")
                .bind("p", p.promotion().id()).mapTo(Instant.class).one());
        assertThat(undoneAt).isEqualTo(done.finishedAt());
    }

    private Set<Long> memberIds(Community c) {
        return f.members(c).stream().map(m -> m.id()).collect(Collectors.toSet());
    }

    private static void stop(PromotionRunner runner) {
        try {
            runner.stop();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a kill -9 looks like from inside: not an exception any handler in the runner catches. */
    private static final class Killed extends Error {
    }
}
