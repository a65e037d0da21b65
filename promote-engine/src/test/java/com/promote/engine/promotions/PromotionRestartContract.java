package com.promote.engine.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.PromotedRow;
import com.promote.api.Writes;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.engine.communities.Community;
import com.promote.engine.customfields.CustomFieldsExtension;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.members.Member;
import com.promote.engine.roompermissions.RoomPermissionsExtension;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A promotion cut off part-way resumes where it stopped: by a runner that was asked to stop,
 * and by a runner that hung while holding it (its heartbeat goes stale, another runner takes
 * over, and the hung one, waking up, must not write anything). Every row ends with exactly
 * one result, nobody is promoted twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PromotionRestartContract {
    private static final int ROWS = 2_000;
    private static final int BATCH = 100;

    /** Calls a hook for each row planned as promotable, on the planning thread. */
    static final class Gate implements RowExtension<Object> {
        volatile IntConsumer hook = row -> { };

        @Override
        public String name() {
            return "gate";
        }

        @Override
        public Set<String> ownedColumns() {
            return Set.of();
        }

        @Override
        public PlanResult<Object> plan(RowCells cells, PlanContext context) {
            hook.accept(cells.rowNumber());
            return PlanResult.nothing(Map.of());
        }

        @Override
        public void write(Object plan, PromotedRow row, Writes writes) {
        }
    }

    private final Gate gate = new Gate();
    private TestDatabase db;
    private Fixture f;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void openDatabase() {
        db = CoreSchema.on(TestDatabase.create(kind()));
        f = new Fixture(db.jdbi(), new ExtensionRegistry(List.of(new RoomPermissionsExtension(),
                new CustomFieldsExtension(), gate)), BATCH, 50L << 20);
    }

    @AfterEach
    void openGate() {
        gate.hook = row -> { };
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    @Test
    void aRunnerAskedToStopHandsThePromotionBackAndANewRunnerFinishesIt() throws Exception {
        stopAtAndResume(350, 400);
    }

    /**
     * The resumed run reads the stored rows' emails back a thousand at a time: cut off after
     * 1,200 rows, the duplicates of rows on either side of that page still name their first row.
     */
    @Test
    void aPromotionResumedAfterMoreThanAThousandRowsStillNamesTheFirstRowOfEachDuplicate() throws Exception {
        stopAtAndResume(1_150, 1_200);
    }

    private void stopAtAndResume(int stopAtRow, int processedWhenStopped) throws Exception {
        Community c = f.community();
        Promotion p = upload(c);
        PromotionRunner first = f.newRunner(BATCH, Duration.ofSeconds(30));
        gate.hook = row -> {
            if (row >= stopAtRow) {
                try {
                    first.stop();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        first.runOne();

        Promotion handedBack = f.service.find(c.id(), p.id()).orElseThrow();
        assertThat(handedBack.status()).isEqualTo(Promotion.QUEUED);
        assertThat(handedBack.processedRows()).isEqualTo(processedWhenStopped);
        assertThat(resultRows(p)).isEqualTo(processedWhenStopped);
        String claimedBy = db.jdbi().withHandle(h -> h.createQuery("SELECT claimed_by FROM promotions WHERE id = :p")
                .bind("p", p.id()).mapTo(String.class).one());
        assertThat(claimedBy).isNull();

        gate.hook = row -> { };
        PromotionRunner second = f.newRunner(BATCH, Duration.ofSeconds(30));
        assertThat(second.id()).isNotEqualTo(first.id());
        second.runOne();

        assertCompleteAndExact(c, p);
    }

    /** Progress commits with each batch: while a batch is planned, the page already shows the batches before it. */
    @Test
    void aRunningPromotionShowsEachCommittedBatchBeforeItEnds() throws Exception {
        Community c = f.community();
        Promotion p = upload(c);
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        gate.hook = row -> {
            if (row % BATCH == 50 && row < 1_000) {
                seen.put(row, f.service.find(c.id(), p.id()).orElseThrow().processedRows());
            }
        };

        f.newRunner(BATCH, Duration.ofSeconds(30)).runOne();

        Map<Integer, Integer> expected = new LinkedHashMap<>();
        for (int row = 50; row < 1_000; row += BATCH) {
            if (seen.containsKey(row)) {
                expected.put(row, row - 50);
            }
        }
        assertThat(seen).hasSizeGreaterThan(5).containsExactlyEntriesOf(expected);
        assertCompleteAndExact(c, p);
    }

    @Test
    void aPreviewCutOffAndResumedReportsEachNewTeamOnceAndWritesNothing() throws Exception {
        Community c = f.community();
        Promotion p = upload(c, true);
        PromotionRunner first = f.newRunner(BATCH, Duration.ofSeconds(30));
        gate.hook = row -> {
            if (row >= 350) {
                try {
                    first.stop();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        first.runOne();
        assertThat(f.service.find(c.id(), p.id()).orElseThrow().processedRows()).isEqualTo(400);
        gate.hook = row -> { };

        f.newRunner(BATCH, Duration.ofSeconds(30)).runOne();

        Map<Integer, Expected> expected = new LinkedHashMap<>();
        expected().forEach((row, e) -> expected.put(row, e.result().equals("promoted")
                ? new Expected("would_promote", "") : e));
        Promotion done = f.service.find(c.id(), p.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(Promotion.SUCCEEDED);
        assertThat(done.processedRows()).isEqualTo(ROWS);
        assertThat(done.promoted()).isZero();
        assertThat(done.wouldPromote()).isEqualTo((int) expected.values().stream()
                .filter(e -> e.result().equals("would_promote")).count());
        Map<String, List<Integer>> creators = new HashMap<>();
        assertThat(storedResults(p, creators)).containsExactlyEntriesOf(expected);
        firstPromotedRowOfEachTeam(expected, "would_promote").forEach((team, row) ->
                assertThat(creators.get(team)).as(team).containsExactly(row));
        assertThat(creators).hasSize(firstPromotedRowOfEachTeam(expected, "would_promote").size());
        assertThat(f.members(c)).isEmpty();
        assertThat(f.teams(c)).isEmpty();
        assertThat(f.liveEmails(c)).hasSize(ROWS);
    }

    @Test
    void aHungRunnerIsTakenOverWhenItsHeartbeatIsStaleAndWritesNothingWhenItWakes() throws Exception {
        Community c = f.community();
        Promotion p = upload(c);
        PromotionRunner hung = f.newRunner(BATCH, Duration.ofSeconds(30));
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch wake = new CountDownLatch(1);
        Thread hungThread = new Thread(hung::runOne, "hung-runner");
        gate.hook = row -> {
            if (row >= 350 && Thread.currentThread() == hungThread) {
                stuck.countDown();
                try {
                    wake.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        hungThread.start();
        assertThat(stuck.await(30, TimeUnit.SECONDS)).isTrue();
        Promotion claimed = f.service.find(c.id(), p.id()).orElseThrow();
        assertThat(claimed.status()).isEqualTo(Promotion.RUNNING);
        assertThat(claimed.processedRows()).isEqualTo(300);

        // Not stale yet for a runner with the usual patience: it leaves the promotion alone.
        f.newRunner(BATCH, Duration.ofSeconds(30)).runOne();
        assertThat(f.service.find(c.id(), p.id()).orElseThrow().processedRows()).isEqualTo(300);

        // mysql-connector-j sees MariaDB's "5.5.5-10.x" version and sends whole seconds only, so a
        // heartbeat is only known to the second there: wait over a second, not just staleAfter.
        Thread.sleep(kind() == TestDatabase.Kind.MARIADB ? 1_200 : 300);
        PromotionRunner rescuer = f.newRunner(BATCH, Duration.ofMillis(200));
        rescuer.runOne();
        assertThat(f.service.find(c.id(), p.id()).orElseThrow().status()).isEqualTo(Promotion.SUCCEEDED);

        wake.countDown();
        hungThread.join(30_000);
        assertThat(hungThread.isAlive()).isFalse();

        assertCompleteAndExact(c, p);
    }

    @Test
    void aPromotionClaimedByADeadRunnerIsResumedOnlyOnceItsHeartbeatIsStale() {
        Community c = f.community();
        f.lead(c, "Ada", "Lovelace", "ada@x.org", null);
        f.lead(c, "Bob", "Byte", "bob@x.org", null);
        Promotion p = f.upload(c, "email\nada@x.org\nbob@x.org\n", false);
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE promotions SET status = 'running', claimed_by = 'dead-runner',"
                + " heartbeat_at = :beat WHERE id = :p").bind("beat", Instant.now().minusSeconds(5)).bind("p", p.id())
                .execute());

        f.newRunner(BATCH, Duration.ofSeconds(30)).runOne();
        assertThat(f.service.find(c.id(), p.id()).orElseThrow().status()).isEqualTo(Promotion.RUNNING);
        assertThat(resultRows(p)).isZero();

        f.newRunner(BATCH, Duration.ofSeconds(1)).runOne();
        Promotion done = f.service.find(c.id(), p.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(Promotion.SUCCEEDED);
        assertThat(done.promoted()).isEqualTo(2);
        assertThat(f.liveEmails(c)).isEmpty();
    }

    // ---- the 2,000-row file and what it must end as -----------------------------------

    private record Expected(String result, String message) {
    }

    private Promotion upload(Community c) {
        return upload(c, false);
    }

    private Promotion upload(Community c, boolean dryRun) {
        db.jdbi().useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name, email,"
                    + " email_key, created_at) VALUES (:c, 'lead', :first, 'Doe', :email, :email, CURRENT_TIMESTAMP(3))");
            for (int i = 1; i <= ROWS; i++) {
                batch.bind("c", c.id()).bind("first", "P" + i).bind("email", "p" + i + "@x.org").add();
            }
            batch.execute();
        });
        return f.upload(c, file(), dryRun);
    }

    private static String email(int i) {
        if (i % 200 == 0) {
            return "";
        }
        if (i % 97 == 0) {
            return "ghost" + i + "@x.org";
        }
        if (i % 131 == 0) {
            return " P" + (i - 130) + "@X.org";
        }
        return "p" + i + "@x.org";
    }

    private static String team(int i) {
        return "Team " + (i / 250);
    }

    private static String file() {
        StringBuilder csv = new StringBuilder("email,company_name\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(email(i)).append(',').append(email(i).isEmpty() ? "" : team(i)).append('\n');
        }
        return csv.toString();
    }

    private static Map<Integer, Expected> expected() {
        Map<Integer, Expected> out = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 1; i <= ROWS; i++) {
            String key = email(i).trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                out.put(i, new Expected("skipped", ""));
            } else if (firstRow.containsKey(key)) {
                out.put(i, new Expected("failed", "the same email is already in row " + firstRow.get(key)
                        + "; only that row is processed"));
            } else {
                firstRow.put(key, i);
                out.put(i, key.startsWith("ghost") ? new Expected("failed", "no lead or contact has this email")
                        : new Expected("promoted", ""));
            }
        }
        return out;
    }

    private int resultRows(Promotion p) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM promotion_rows WHERE promotion_id = :p")
                .bind("p", p.id()).mapTo(Integer.class).one());
    }

    private void assertCompleteAndExact(Community c, Promotion p) {
        Map<Integer, Expected> expected = expected();
        long promotedCount = expected.values().stream().filter(e -> e.result().equals("promoted")).count();
        assertThat(promotedCount).isGreaterThan(1_800);

        Promotion done = f.service.find(c.id(), p.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(Promotion.SUCCEEDED);
        assertThat(done.totalRows()).isEqualTo(ROWS);
        assertThat(done.processedRows()).isEqualTo(ROWS);
        assertThat(done.promoted()).isEqualTo((int) promotedCount);
        assertThat(done.promoted() + done.failed() + done.skipped()).isEqualTo(ROWS);

        Map<String, List<Integer>> creatorsByTeam = new HashMap<>();
        assertThat(storedResults(p, creatorsByTeam)).containsExactlyEntriesOf(expected);
        assertPagesAndResultsCsv(c, p, expected);

        List<Long> fromPeople = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT promoted_from_person_id FROM members WHERE promotion_id = :p")
                .bind("p", p.id()).mapTo(Long.class).list());
        assertThat(fromPeople).hasSize((int) promotedCount).doesNotHaveDuplicates();
        assertThat(f.count("SELECT COUNT(*) FROM people WHERE community_id = :c AND archived_at IS NOT NULL", c))
                .isEqualTo((int) promotedCount);
        assertThat(f.liveEmails(c)).hasSize(ROWS - (int) promotedCount);

        // Each team was created once, by its first promoted row, and holds every later one.
        Map<String, Fixture.TeamState> teams = f.teams(c);
        Map<String, Integer> firstPromoted = firstPromotedRowOfEachTeam(expected, "promoted");
        Map<String, Integer> size = new HashMap<>();
        expected.forEach((row, e) -> {
            if (e.result().equals("promoted")) {
                size.merge(team(row), 1, Integer::sum);
            }
        });
        Map<String, Member> members = f.promotedMembers(c);
        assertThat(teams).hasSize(firstPromoted.size());
        firstPromoted.forEach((team, row) -> {
            assertThat(creatorsByTeam.get(team)).as(team).containsExactly(row);
            assertThat(teams.get(team).memberIds()).as(team).hasSize(size.get(team));
            assertThat(teams.get(team).adminMemberId()).as(team).isEqualTo(members.get("p" + row + "@x.org").id());
        });
    }

    /** Each row's stored result and message; fills {@code creators} with the rows marked teamCreated, by team. */
    private Map<Integer, Expected> storedResults(Promotion p, Map<String, List<Integer>> creators) {
        Map<Integer, Expected> actual = new LinkedHashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT row_no, result, messages, team_name, team_created"
                        + " FROM promotion_rows WHERE promotion_id = :p ORDER BY row_no")
                .bind("p", p.id())
                .map((rs, ctx) -> {
                    if (rs.getBoolean(5)) {
                        creators.computeIfAbsent(rs.getString(4), k -> new ArrayList<>()).add(rs.getInt(1));
                    }
                    return Map.entry(rs.getInt(1), new Expected(rs.getString(2),
                            rs.getString(3) == null ? "" : rs.getString(3)));
                })
                .forEach(e -> assertThat(actual.put(e.getKey(), e.getValue())).as("row %d twice", e.getKey()).isNull()));
        return actual;
    }

    private static Map<String, Integer> firstPromotedRowOfEachTeam(Map<Integer, Expected> expected, String result) {
        Map<String, Integer> first = new HashMap<>();
        expected.forEach((row, e) -> {
            if (e.result().equals(result)) {
                first.putIfAbsent(team(row), row);
            }
        });
        return first;
    }

    /** The API pages rows 1,000 at a time; results.csv pairs every file row with its own result. */
    private void assertPagesAndResultsCsv(Community c, Promotion p, Map<Integer, Expected> expected) {
        PromotionView first = f.service.view(c.id(), p.id(), 1, null);
        assertThat(first.rows()).hasSize(1_000);
        assertThat(first.rows().get(0).get("row").asInt()).isEqualTo(1);
        assertThat(first.nextRowsFrom()).isEqualTo(1_001);
        PromotionView second = f.service.view(c.id(), p.id(), first.nextRowsFrom(), null);
        assertThat(second.rows()).hasSize(1_000);
        assertThat(second.rows().get(999).get("row").asInt()).isEqualTo(ROWS);
        assertThat(second.nextRowsFrom()).isNull();

        List<List<String>> csv = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(f.resultsCsv(c, p.id()))) {
            it.forEachRemaining(csv::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(csv).hasSize(ROWS + 1);
        assertThat(csv.get(0)).containsExactly("email", "company_name", "result", "message");
        for (int i = 1; i <= ROWS; i++) {
            Expected e = expected.get(i);
            List<String> cells = new ArrayList<>(csv.get(i));
            cells.set(0, cells.get(0).trim());
            assertThat(cells).as("results.csv row %d", i)
                    .containsExactly(email(i).trim(), email(i).isEmpty() ? "" : team(i), e.result(), e.message());
        }
    }
}
