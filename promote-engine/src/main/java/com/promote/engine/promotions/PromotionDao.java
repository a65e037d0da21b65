package com.promote.engine.promotions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The promotions table: one row per upload, its progress and counts. */
@RegisterConstructorMapper(Promotion.class)
public interface PromotionDao {
    String COLUMNS = "id, community_id, admin_id, file_name, file_size, status, dry_run, send_onboarding_emails,"
            + " upload_date, total_rows, processed_rows, promoted, would_promote, failed, skipped, columns_json,"
            + " message, created_at, started_at, finished_at, undone_at, file_removed_at";

    @SqlUpdate("INSERT INTO promotions (community_id, admin_id, file_name, file_size, status, dry_run,"
            + " send_onboarding_emails, upload_date, total_rows, processed_rows, promoted, would_promote, failed,"
            + " skipped, columns_json, created_at) VALUES (:communityId, :adminId, :fileName, :fileSize, 'queued',"
            + " :dryRun, :send, :uploadDate, :totalRows, 0, 0, 0, 0, 0, :columnsJson, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("communityId") long communityId, @Bind("adminId") long adminId,
                @Bind("fileName") String fileName, @Bind("fileSize") long fileSize, @Bind("dryRun") boolean dryRun,
                @Bind("send") boolean sendOnboardingEmails, @Bind("uploadDate") LocalDate uploadDate,
                @Bind("totalRows") int totalRows, @Bind("columnsJson") String columnsJson, @Bind("now") Instant now);

    /** The CSV file's encoding as the upload check told it (FileEncoding's label); null: not told. */
    @SqlUpdate("UPDATE promotions SET file_encoding = :encoding WHERE id = :id")
    void setFileEncoding(@Bind("id") long id, @Bind("encoding") String encoding);

    @SqlQuery("SELECT file_encoding FROM promotions WHERE id = :id")
    String fileEncoding(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM promotions WHERE community_id = :communityId AND id = :id")
    Optional<Promotion> find(@Bind("communityId") long communityId, @Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM promotions WHERE id = :id")
    Optional<Promotion> get(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM promotions WHERE community_id = :communityId ORDER BY id DESC LIMIT :limit")
    List<Promotion> recent(@Bind("communityId") long communityId, @Bind("limit") int limit);

    /**
     * The next promotion to run, locked so no other instance takes it: a queued one, or a
     * running one whose runner stopped beating (process killed, database restarted).
     * Heartbeats are the database's time, so instances whose clocks differ still agree.
     * A community with a promotion running gets no second runner: two runners writing one
     * community's teams and people wait on each other's row locks (batches of many seconds,
     * connections held all along, deadlocks redone row by row); its uploads run one after another,
     * and after an undo running in it (which restores the people a new upload may name).
     */
    @SqlQuery("SELECT id FROM promotions p WHERE (p.status = 'queued' OR (p.status = 'running'"
            + " AND p.heartbeat_at < TIMESTAMPADD(MICROSECOND, -:staleMicros, CURRENT_TIMESTAMP(3))))"
            + " AND NOT EXISTS (SELECT 1 FROM promotions o WHERE o.community_id = p.community_id AND o.id <> p.id"
            + " AND o.status = 'running' AND o.heartbeat_at >= TIMESTAMPADD(MICROSECOND, -:staleMicros, CURRENT_TIMESTAMP(3)))"
            + " AND NOT EXISTS (SELECT 1 FROM promotion_undos u WHERE u.community_id = p.community_id"
            + " AND u.status = 'running' AND u.heartbeat_at >= TIMESTAMPADD(MICROSECOND, -:staleMicros, CURRENT_TIMESTAMP(3)))"
            + " ORDER BY p.id LIMIT 1 FOR UPDATE SKIP LOCKED")
    Optional<Long> lockNextRunnable(@Bind("staleMicros") long staleAfterMicros);

    @SqlUpdate("UPDATE promotions SET status = 'running', claimed_by = :runner, heartbeat_at = CURRENT_TIMESTAMP(3),"
            + " started_at = COALESCE(started_at, CURRENT_TIMESTAMP(3)) WHERE id = :id")
    void claim(@Bind("id") long id, @Bind("runner") String runner);

    @SqlUpdate("UPDATE promotions SET processed_rows = processed_rows + :processed, promoted = promoted + :promoted,"
            + " would_promote = would_promote + :wouldPromote, failed = failed + :failed, skipped = skipped + :skipped,"
            + " heartbeat_at = CURRENT_TIMESTAMP(3), progressed_at = CURRENT_TIMESTAMP(3) WHERE id = :id AND claimed_by = :runner")
    int addProgress(@Bind("id") long id, @Bind("runner") String runner, @Bind("processed") int processed,
                    @Bind("promoted") int promoted, @Bind("wouldPromote") int wouldPromote,
                    @Bind("failed") int failed, @Bind("skipped") int skipped);

    @SqlUpdate("UPDATE promotions SET status = :status, message = :message, finished_at = :now, claimed_by = NULL"
            + " WHERE id = :id AND claimed_by = :runner")
    int finish(@Bind("id") long id, @Bind("runner") String runner, @Bind("status") String status,
                @Bind("message") String message, @Bind("now") Instant now);

    /** The runner's heartbeat for every promotion it holds (see PromotionRunner). */
    @SqlUpdate("UPDATE promotions SET heartbeat_at = CURRENT_TIMESTAMP(3) WHERE claimed_by = :runner AND status = 'running'")
    int beat(@Bind("runner") String runner);

    /** A runner that stops cleanly hands its promotion back at once instead of waiting to look stale. */
    @SqlUpdate("UPDATE promotions SET status = 'queued', claimed_by = NULL WHERE id = :id AND claimed_by = :runner"
            + " AND status = 'running'")
    void release(@Bind("id") long id, @Bind("runner") String runner);
}
