package com.promote.engine.promotions;

import com.promote.api.Problem;
import com.promote.engine.columns.ColumnMap;
import com.promote.engine.columns.CoreColumn;
import com.promote.engine.communities.Community;
import com.promote.engine.communities.CommunityDao;
import com.promote.engine.crm.EmailKey;
import com.promote.engine.crm.Person;
import com.promote.engine.crm.PersonDao;
import com.promote.engine.csv.CsvRecords;
import com.promote.engine.csv.CsvRow;
import com.promote.engine.csv.FileEncoding;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.extensions.ExtensionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed promotion from the row after its last committed one to the end. Rows go
 * in batches: one lookup of people, members and teams per batch, one transaction per batch
 * with a savepoint per row, so a failing row is undone alone and the rest still commit, and
 * each row's result commits with its changes (a restart neither loses nor repeats a row).
 */
final class PromotionJob {
    private static final Logger LOG = LoggerFactory.getLogger(PromotionJob.class);

    private final Jdbi jdbi;
    private final ExtensionRegistry registry;
    private final Promotion promotion;
    private final String runnerId;
    private final BooleanSupplier stopRequested;
    private final int batchSize;
    private final PromotionMeter meter;

    PromotionJob(Jdbi jdbi, ExtensionRegistry registry, Promotion promotion, String runnerId,
                 BooleanSupplier stopRequested, int batchSize, PromotionMeter meter) {
        this.meter = meter;
        this.jdbi = jdbi;
        this.registry = registry;
        this.promotion = promotion;
        this.runnerId = runnerId;
        this.stopRequested = stopRequested;
        this.batchSize = batchSize;
    }

    /** True when the file was finished; false when stopped early (the promotion is handed back). */
    boolean run() throws IOException {
        Community community = jdbi.withExtension(CommunityDao.class, d -> d.find(promotion.communityId())).orElseThrow();
        FileEncoding encoding;
        try (InputStream in = FileChunks.read(jdbi, promotion.id())) {
            encoding = FileEncoding.detect(in, promotion.fileName());
        }
        try (CsvRecords records = CsvRecords.open(FileChunks.read(jdbi, promotion.id()), encoding, promotion.fileName())) {
            ColumnMap columns = ColumnMap.read(records.header(), registry.all(), community.info());
            if (!columns.problems().isEmpty()) {
                // Checked at upload; only an installation whose extensions changed since gets here.
                throw new PromoteException(ErrorKind.FILE_REJECTED, "the file no longer fits this installation: "
                        + PromotionService.describe(columns.problems()));
            }
            RunContext run = new RunContext(promotion, community.info(), columns, jdbi);
            int lastDone = resume(run);
            CsvRow row;
            List<CsvRow> batch = new ArrayList<>(batchSize);
            while ((row = records.next()) != null) {
                if (row.number() <= lastDone) {
                    continue;
                }
                batch.add(row);
                if (batch.size() == batchSize) {
                    process(run, batch);
                    batch.clear();
                    if (stopRequested.getAsBoolean()) {
                        return false;
                    }
                }
            }
            process(run, batch);
            return true;
        }
    }

    /**
     * Rebuilds what earlier rows decided: the last row done, the first row of each email and, in a
     * preview, the new teams earlier rows would create.
     */
    private int resume(RunContext run) {
        return jdbi.withHandle(h -> {
            h.createQuery("SELECT row_no, email FROM promotion_rows WHERE promotion_id = :p AND email IS NOT NULL"
                            + " ORDER BY row_no")
                    .bind("p", promotion.id())
                    .map((rs, ctx) -> Map.entry(EmailKey.of(rs.getString(2)), rs.getInt(1)))
                    .forEach(e -> {
                        if (!e.getKey().isEmpty()) {
                            run.firstRowOfEmail.putIfAbsent(e.getKey(), e.getValue());
                        }
                    });
            if (run.dryRun()) {
                // A preview creates no teams, so only its stored rows know which new teams earlier
                // rows would create; without this a resumed preview announces them a second time.
                h.createQuery("SELECT row_no, team_name FROM promotion_rows WHERE promotion_id = :p"
                                + " AND team_created = TRUE ORDER BY row_no")
                        .bind("p", promotion.id())
                        .map((rs, ctx) -> Map.entry(rs.getString(2), rs.getInt(1)))
                        .forEach(e -> run.teams.confirmPlanned(e.getKey(), e.getValue()));
            }
            return RowResultStore.lastRow(h, promotion.id());
        });
    }

    private void process(RunContext run, List<CsvRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<RowResult> results = new ArrayList<>(rows.size());
        List<PlannedRow> planned = new ArrayList<>();
        jdbi.useHandle(h -> plan(h, run, rows, results, planned));
        if (run.dryRun()) {
            timed(h -> record(h, results));
            return;
        }
        List<Runnable> afterCommit = new ArrayList<>();
        if (!applyFast(run, planned, results, afterCommit)) {
            afterCommit.clear();
            try {
                timed(h -> {
                    for (PlannedRow row : planned) {
                        applyAlone(h, run, row, afterCommit);
                    }
                    record(h, results);
                });
            } catch (RuntimeException e) {
                run.teams.batchRolledBack();
                throw e;
            }
        }
        run.teams.batchCommitted();
        count(results);
        for (Runnable action : afterCommit) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("An after-commit action of promotion {} failed", promotion.id(), e);
            }
        }
    }

    private void plan(Handle h, RunContext run, List<CsvRow> rows, List<RowResult> results, List<PlannedRow> planned) {
        List<RowCellsView> cells = new ArrayList<>(rows.size());
        Set<String> keys = new LinkedHashSet<>();
        for (CsvRow row : rows) {
            RowCellsView view = new RowCellsView(row.number(), run.columns, row.cells());
            cells.add(view);
            String key = EmailKey.of(view.core(CoreColumn.EMAIL).orElse(""));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        Map<String, Person> people = new HashMap<>();
        Map<String, Long> members = new HashMap<>();
        if (!keys.isEmpty()) {
            h.attach(PersonDao.class).findLiveByEmailKeys(run.community.id(), keys)
                    .forEach(p -> people.put(EmailKey.of(p.email()), p));
            h.createQuery("SELECT id, email_key FROM members WHERE community_id = :c AND email_key IN (<keys>)")
                    .bind("c", run.community.id()).bindList("keys", new ArrayList<>(keys))
                    .map((rs, ctx) -> Map.entry(rs.getString(2), rs.getLong(1)))
                    .forEach(e -> members.put(e.getKey(), e.getValue()));
        }
        List<String> teamNames = new ArrayList<>();
        for (RowCellsView view : cells) {
            Person person = people.get(EmailKey.of(view.core(CoreColumn.EMAIL).orElse("")));
            if (person != null) {
                teamNames.add(RowPlanner.teamName(view, person));
            }
        }
        run.teams.preload(h, teamNames);
        RowPlanner planner = new RowPlanner(run);
        for (RowCellsView view : cells) {
            String email = view.core(CoreColumn.EMAIL).orElse(null);
            RowResult result = new RowResult(view.rowNumber(), email);
            results.add(result);
            PlannedRow row = planner.plan(h, view, email, result, people, members);
            if (row != null) {
                if (run.dryRun()) {
                    result.result = RowResult.WOULD_PROMOTE;
                } else {
                    planned.add(row);
                }
            }
        }
    }

    /**
     * The whole batch in a few JDBC batches. False when anything failed: the transaction is
     * rolled back and the caller redoes the batch row by row, so only a bad row fails.
     */
    private boolean applyFast(RunContext run, List<PlannedRow> planned, List<RowResult> results,
                              List<Runnable> afterCommit) {
        if (planned.size() < 2) {
            return false;
        }
        try {
            timed(h -> {
                new BatchApplier(run).apply(h, planned, afterCommit);
                record(h, results);
            });
            return true;
        } catch (RuntimeException e) {
            LOG.debug("Batch of promotion {} falls back to row by row: {}", promotion.id(), e.toString());
            run.teams.forgetBatchCreations();
            for (PlannedRow row : planned) {
                RowResult r = row.result();
                r.result = null;
                r.memberId = null;
                r.teamId = run.teams.knownId(row.teamName());
                r.teamCreated = false;
                r.teamAdmin = false;
            }
            return false;
        }
    }

    /** One batch's transaction, its writing and its commit timed apart for the metrics. */
    private void timed(org.jdbi.v3.core.HandleConsumer<RuntimeException> work) {
        long start = System.nanoTime();
        long[] applied = new long[1];
        jdbi.useTransaction(h -> {
            work.useHandle(h);
            applied[0] = System.nanoTime();
        });
        long end = System.nanoTime();
        meter.batchApplied(applied[0] - start);
        meter.batchCommitted(end - applied[0]);
    }

    /** Counts a real promotion's committed rows for the metrics (a preview promotes nothing). */
    private void count(List<RowResult> results) {
        int promoted = 0;
        int failed = 0;
        int skipped = 0;
        for (RowResult r : results) {
            switch (r.result) {
                case RowResult.PROMOTED -> promoted++;
                case RowResult.FAILED -> failed++;
                default -> skipped++;
            }
        }
        meter.rows(promoted, failed, skipped);
    }

    private void applyAlone(Handle h, RunContext run, PlannedRow row, List<Runnable> afterCommit) {
        String savepoint = "row" + row.result().row;
        List<Runnable> rowActions = new ArrayList<>();
        h.savepoint(savepoint);
        try {
            new RowApplier(run).apply(h, row, rowActions);
            h.releaseSavepoint(savepoint);
            afterCommit.addAll(rowActions);
        } catch (RuntimeException e) {
            h.rollbackToSavepoint(savepoint);
            RowResult result = row.result();
            result.memberId = null;
            result.teamCreated = false;
            result.teamAdmin = false;
            result.resetExtensionFields();
            result.fail(new Problem(result.row, null, "not_saved", ApplyFailure.describe(e)));
            if (!(e instanceof RowApplier.RowRejected)) {
                LOG.warn("Row {} of promotion {} could not be saved", result.row, promotion.id(), e);
            }
        }
    }

    private void record(Handle h, List<RowResult> results) {
        RowResultStore.insert(h, promotion.id(), results);
        int promoted = 0;
        int would = 0;
        int failed = 0;
        int skipped = 0;
        for (RowResult r : results) {
            switch (r.result) {
                case RowResult.PROMOTED -> promoted++;
                case RowResult.WOULD_PROMOTE -> would++;
                case RowResult.FAILED -> failed++;
                default -> skipped++;
            }
        }
        int updated = h.attach(PromotionDao.class).addProgress(promotion.id(), runnerId, results.size(), promoted,
                would, failed, skipped);
        if (updated != 1) {
            // Another runner took this promotion over (we looked dead): our batch must not count.
            throw new IllegalStateException("Promotion " + promotion.id() + " is no longer claimed by " + runnerId);
        }
    }
}
