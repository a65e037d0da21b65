package com.promote.engine.undo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The promotion_undos table and its report tables: one undo job per undone promotion, claimed,
 * beaten and handed back exactly as a promotion is (see PromotionDao and PromotionRunner).
 */
@RegisterConstructorMapper(UndoJobRow.class)
public interface UndoJobDao {
    String COLUMNS = "promotion_id, community_id, admin_id, status, undo_date, total_members, processed_members,"
            + " restored, last_member_id, message, created_at, started_at, finished_at";

    @SqlUpdate("INSERT INTO promotion_undos (promotion_id, community_id, admin_id, status, undo_date, total_members,"
            + " processed_members, restored, last_member_id, created_at) VALUES (:p, :c, :admin, 'queued', :date,"
            + " :total, 0, 0, 0, :now)")
    void insert(@Bind("p") long promotionId, @Bind("c") long communityId, @Bind("admin") long adminId,
                @Bind("date") LocalDate undoDate, @Bind("total") int totalMembers, @Bind("now") Instant now);

    /** A failed undo asked again: it goes on from its last committed batch. */
    @SqlUpdate("UPDATE promotion_undos SET status = 'queued', admin_id = :admin, message = NULL, finished_at = NULL,"
            + " claimed_by = NULL WHERE promotion_id = :p AND status = 'failed'")
    int requeue(@Bind("p") long promotionId, @Bind("admin") long adminId);

    @SqlQuery("SELECT " + COLUMNS + " FROM promotion_undos WHERE promotion_id = :p")
    Optional<UndoJobRow> get(@Bind("p") long promotionId);

    /**
     * The next undo to run, locked so no other instance takes it: a queued one, or a running one
     * whose runner stopped beating. It waits while a promotion of its community runs (the two
     * would wait on each other's row locks).
     */
    @SqlQuery("SELECT promotion_id FROM promotion_undos u WHERE (u.status = 'queued' OR (u.status = 'running'"
            + " AND u.heartbeat_at < TIMESTAMPADD(MICROSECOND, -:staleMicros, CURRENT_TIMESTAMP(3))))"
            + " AND NOT EXISTS (SELECT 1 FROM promotions o WHERE o.community_id = u.community_id"
            + " AND o.status = 'running' AND o.heartbeat_at >= TIMESTAMPADD(MICROSECOND, -:staleMicros, CURRENT_TIMESTAMP(3)))"
            + " ORDER BY u.promotion_id LIMIT 1 FOR UPDATE SKIP LOCKED")
    Optional<Long> lockNextRunnable(@Bind("staleMicros") long staleAfterMicros);

    @SqlUpdate("UPDATE promotion_undos SET status = 'running', claimed_by = :runner, heartbeat_at = CURRENT_TIMESTAMP(3),"
            + " started_at = COALESCE(started_at, :now) WHERE promotion_id = :p")
    void claim(@Bind("p") long promotionId, @Bind("runner") String runner, @Bind("now") Instant now);

    @SqlUpdate("UPDATE promotion_undos SET heartbeat_at = CURRENT_TIMESTAMP(3) WHERE claimed_by = :runner"
            + " AND status = 'running'")
    int beat(@Bind("runner") String runner);

    /**
     * A batch's progress, in the batch's transaction: only by the claim holder and only from the
     * cursor the batch started at, so a batch done twice (a runner that lost its claim) cannot commit.
     */
    @SqlUpdate("UPDATE promotion_undos SET last_member_id = :last, processed_members = processed_members + :processed,"
            + " restored = restored + :restored, heartbeat_at = CURRENT_TIMESTAMP(3)"
            + " WHERE promotion_id = :p AND claimed_by = :runner AND status = 'running' AND last_member_id = :from")
    int advance(@Bind("p") long promotionId, @Bind("runner") String runner, @Bind("from") long fromMemberId,
                @Bind("last") long lastMemberId, @Bind("processed") int processed, @Bind("restored") int restored);

    @SqlUpdate("UPDATE promotion_undos SET status = :status, message = :message, finished_at = :now, claimed_by = NULL"
            + " WHERE promotion_id = :p AND claimed_by = :runner AND status = 'running'")
    int finish(@Bind("p") long promotionId, @Bind("runner") String runner, @Bind("status") String status,
               @Bind("message") String message, @Bind("now") Instant now);

    @SqlUpdate("UPDATE promotion_undos SET status = 'queued', claimed_by = NULL WHERE promotion_id = :p"
            + " AND claimed_by = :runner AND status = 'running'")
    void release(@Bind("p") long promotionId, @Bind("runner") String runner);

    @SqlQuery("SELECT member_id, email, reason FROM promotion_undo_left_alone WHERE promotion_id = :p ORDER BY member_id")
    @RegisterConstructorMapper(UndoReport.LeftAlone.class)
    List<UndoReport.LeftAlone> leftAlone(@Bind("p") long promotionId);

    @SqlQuery("SELECT name FROM promotion_undo_teams WHERE promotion_id = :p ORDER BY team_id")
    List<String> teamsRemoved(@Bind("p") long promotionId);
}
