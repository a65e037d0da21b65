package com.promote.engine.promotions;

import com.promote.api.Problem;
import com.promote.engine.columns.ColumnMap;
import com.promote.engine.columns.CoreColumn;
import com.promote.engine.communities.Community;
import com.promote.engine.communities.CommunityDao;
import com.promote.engine.crm.EmailKey;
import com.promote.engine.csv.FileEncoding;
import com.promote.engine.crm.Person;
import com.promote.engine.crm.PersonDao;
import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.promotions.apply.ApplyFailure;
import com.promote.engine.promotions.apply.BatchWriter;
import com.promote.engine.promotions.fixes.RowFixes;
import com.promote.engine.promotions.plan.RowCellsView;
import com.promote.engine.promotions.plan.RowDecision;
import com.promote.engine.promotions.plan.RowPlanner;
import com.promote.engine.promotions.plan.RunContext;
import com.promote.engine.promotions.report.RowResult;
import com.promote.engine.promotions.report.RowResultStore;
import com.promote.engine.promotions.upload.FileChunks;
import com.promote.engine.rows.RowSource;
import com.promote.engine.rows.RowSources;
import com.promote.engine.rows.SourceRow;
import java.io.IOException;
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
    private static final int RESUME_PAGE = 1_000;

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
        FileEncoding encoding = FileEncoding.ofLabel(jdbi.withExtension(PromotionDao.class,
                d -> d.fileEncoding(promotion.id())));
        try (RowSource records = RowSources.open(() -> FileChunks.read(jdbi, promotion.id()), promotion.fileName(),
                encoding)) {
            ColumnMap columns = ColumnMap.read(records.header(), registry.all(), community.info());
            if (!columns.problems().isEmpty()) {
                // Checked at upload; only an installation whose extensions changed since gets here.
                throw new PromoteException(ErrorKind.FILE_REJECTED, "the file no longer fits this installation: "
                        + PromotionService.describe(columns.problems()));
            }
            RunContext run = new RunContext(promotion, community.info(), columns, jdbi);
            int lastDone = resume(run);
            SourceRow row;
            List<SourceRow> batch = new ArrayList<>(batchSize);
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
            // A page at a time, as a batch is planned: the driver would otherwise hold every stored row.
            int after = 0;
            List<Map.Entry<Integer, String>> page;
            do {
                page = h.createQuery("SELECT row_no, email FROM promotion_rows WHERE promotion_id = :p"
                                + " AND row_no > :after AND email IS NOT NULL ORDER BY row_no LIMIT " + RESUME_PAGE)
                        .bind("p", promotion.id()).bind("after", after)
                        .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2))).list();
                List<Map.Entry<Integer, String>> withEmail = page.stream()
                        .filter(e -> !EmailKey.of(e.getValue()).isEmpty()).toList();
                run.firstRowOfEmail.lookUp(h, withEmail.stream().map(e -> EmailKey.of(e.getValue())).toList());
                withEmail.forEach(e -> run.firstRowOfEmail.firstRow(e.getValue(), e.getKey()));
                run.firstRowOfEmail.batchPlanned();
                after = page.isEmpty() ? after : page.get(page.size() - 1).getKey();
            } while (page.size() == RESUME_PAGE);
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

    private void process(RunContext run, List<SourceRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (run.dryRun()) {
            // A preview writes only its results: planned and recorded on one connection, one transaction.
            timed(h -> record(h, plan(h, run, rows).stream().map(RowResult::of).toList()));
            return;
        }
        List<RowDecision> decisions = jdbi.withHandle(h -> plan(h, run, rows));
        List<RowDecision.Planned> planned = decisions.stream().filter(RowDecision.Planned.class::isInstance)
                .map(RowDecision.Planned.class::cast).toList();
        List<Runnable> afterCommit = new ArrayList<>();
        List<RowResult> committed;
        try {
            committed = writeBatch(run, decisions, planned, afterCommit);
            if (committed == null) {
                afterCommit.clear();
                List<List<RowResult>> alone = new ArrayList<>(1);
                timed(h -> {
                    alone.add(results(decisions, writeRowByRow(h, run, planned, afterCommit)));
                    record(h, alone.get(0));
                });
                committed = alone.get(0);
            }
        } catch (RuntimeException e) {
            run.teams.batchRolledBack();
            throw e;
        }
        run.teams.batchCommitted();
        count(committed);
        for (Runnable action : afterCommit) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("An after-commit action of promotion {} failed", promotion.id(), e);
            }
        }
    }

    private List<RowDecision> plan(Handle h, RunContext run, List<SourceRow> rows) {
        List<RowCellsView> cells = new ArrayList<>(rows.size());
        Set<String> keys = new LinkedHashSet<>();
        for (SourceRow row : rows) {
            RowCellsView view = new RowCellsView(row, run.columns);
            cells.add(view);
            String key = EmailKey.of(view.core(CoreColumn.EMAIL).orElse(""));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        Map<String, Person> people = new HashMap<>();
        Map<String, Long> members = new HashMap<>();
        if (!keys.isEmpty()) {
            for (PersonDao.KeyedPerson p : h.attach(PersonDao.class).findLiveWithMembers(run.community.id(), keys)) {
                String key = EmailKey.of(p.email());
                people.put(key, p.person());
                if (p.memberId() != null) {
                    members.put(key, p.memberId());
                }
            }
            // An email no live person has may still be a member's (a team's own admin, say): a
            // row matched by hand or offered a match must not give a member that email. Only
            // rows that match nobody need this second query, so a clean file never asks it.
            List<String> unknown = keys.stream().filter(k -> !people.containsKey(k)).toList();
            if (!unknown.isEmpty()) {
                h.createQuery("SELECT id, email_key FROM members WHERE community_id = :c AND email_key IN (<keys>)")
                        .bind("c", run.community.id()).bindList("keys", unknown)
                        .map((rs, ctx) -> Map.entry(rs.getString(2), rs.getLong(1)))
                        .forEach(e -> members.put(e.getKey(), e.getValue()));
            }
        }
        if (run.fixes.hasMatches()) {
            run.fixes.loadMatched(h, run.community.id(), rows.stream().map(SourceRow::number).toList());
        }
        List<String> teamNames = new ArrayList<>();
        for (RowCellsView view : cells) {
            Person person = people.get(EmailKey.of(view.core(CoreColumn.EMAIL).orElse("")));
            if (person == null) {
                person = run.fixes.matchedPerson(view.rowNumber());
            }
            if (person != null) {
                teamNames.add(RowPlanner.teamName(view, person));
            }
        }
        run.teams.preload(h, teamNames);
        run.firstRowOfEmail.lookUp(h, keys);
        RowPlanner planner = new RowPlanner(run);
        List<RowDecision> decisions = new ArrayList<>(cells.size());
        for (RowCellsView view : cells) {
            decisions.add(planner.plan(h, view, view.core(CoreColumn.EMAIL).orElse(null), people, members));
        }
        run.firstRowOfEmail.batchPlanned();
        return RowFixes.addTo(h, run, cells, decisions, members);
    }

    /**
     * The whole batch in one transaction; its rows' results. Null when anything failed: the
     * transaction is rolled back and the caller writes the batch again row by row, so only a bad
     * row fails.
     */
    private List<RowResult> writeBatch(RunContext run, List<RowDecision> decisions, List<RowDecision.Planned> planned,
                                       List<Runnable> afterCommit) {
        if (planned.size() < 2) {
            return null;
        }
        try {
            List<List<RowResult>> written = new ArrayList<>(1);
            timed(h -> {
                written.add(results(decisions, new BatchWriter(run).write(h, planned, afterCommit)));
                record(h, written.get(0));
            });
            return written.get(0);
        } catch (RuntimeException e) {
            LOG.debug("Batch of promotion {} falls back to row by row: {}", promotion.id(), e.toString());
            run.teams.forgetBatchCreations();
            return null;
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
            switch (r.result()) {
                case RowResult.PROMOTED -> promoted++;
                case RowResult.FAILED -> failed++;
                default -> skipped++;
            }
        }
        meter.rows(promoted, failed, skipped);
    }

    /** Each planned row alone, in a savepoint: a failing row is rolled back to it and fails alone. */
    private Map<Integer, RowResult> writeRowByRow(Handle h, RunContext run, List<RowDecision.Planned> planned,
                                                  List<Runnable> afterCommit) {
        Map<Integer, RowResult> results = new HashMap<>();
        BatchWriter writer = new BatchWriter(run);
        for (RowDecision.Planned row : planned) {
            String savepoint = "row" + row.facts().row();
            List<Runnable> rowActions = new ArrayList<>();
            Set<String> createdBefore = run.teams.createdInBatchNames();
            h.savepoint(savepoint);
            try {
                RowResult result = writer.write(h, List.of(row), rowActions).get(0).result();
                h.releaseSavepoint(savepoint);
                afterCommit.addAll(rowActions);
                results.put(row.facts().row(), result);
            } catch (RuntimeException e) {
                h.rollbackToSavepoint(savepoint);
                run.teams.forgetCreatedSince(createdBefore);
                results.put(row.facts().row(), RowResult.failed(row.facts(),
                        List.of(new Problem(row.facts().row(), null, "not_saved", ApplyFailure.describe(e)))));
                if (!(e instanceof BatchWriter.RowRejected)) {
                    LOG.warn("Row {} of promotion {} could not be saved", row.facts().row(), promotion.id(), e);
                }
            }
        }
        return results;
    }

    private static Map<Integer, RowResult> results(List<BatchWriter.Written> written) {
        Map<Integer, RowResult> results = new HashMap<>();
        written.forEach(w -> results.put(w.row().facts().row(), w.result()));
        return results;
    }

    /** Every row's result in file order: written rows as written, the others as decided. */
    private static List<RowResult> results(List<RowDecision> decisions, Map<Integer, RowResult> written) {
        return decisions.stream().map(d -> written.getOrDefault(d.facts().row(), RowResult.of(d))).toList();
    }

    private static List<RowResult> results(List<RowDecision> decisions, List<BatchWriter.Written> written) {
        return results(decisions, results(written));
    }

    private void record(Handle h, List<RowResult> results) {
        RowResultStore.insert(h, promotion.id(), results);
        int promoted = 0;
        int would = 0;
        int failed = 0;
        int skipped = 0;
        for (RowResult r : results) {
            switch (r.result()) {
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
