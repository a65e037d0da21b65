package com.promote.app.onboarding;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The dispatcher's side of the onboarding_emails outbox. Every time is the database's own
 * CURRENT_TIMESTAMP, as in OnboardingOutboxDao.enqueue, so app instances whose clocks differ
 * still agree on what is due.
 */
public interface DispatchDao {
    /**
     * Due rows, locked; rows another instance has locked are skipped, not waited for. Only
     * meaningful inside a transaction, which {@link #lease} must follow in.
     */
    @SqlQuery("SELECT id FROM onboarding_emails WHERE status = 'waiting'"
            + " AND next_attempt_at <= CURRENT_TIMESTAMP(3)"
            + " ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Long> lockDue(@Bind("limit") int limit);

    /** Pushes claimed rows out of everyone's "due" for the lease, so the lock can be let go. */
    @SqlUpdate("UPDATE onboarding_emails SET next_attempt_at = TIMESTAMPADD(SECOND, :seconds, CURRENT_TIMESTAMP(3))"
            + " WHERE id IN (<ids>) AND status = 'waiting'")
    int lease(@BindList("ids") List<Long> ids, @Bind("seconds") long seconds);

    @SqlQuery("SELECT o.id AS id, o.community_id AS communityId, o.attempts AS attempts, m.email AS email,"
            + " m.first_name AS firstName, m.last_name AS lastName, t.name AS teamName,"
            + " CASE WHEN t.admin_member_id = m.id THEN TRUE ELSE FALSE END AS teamAdmin,"
            + " c.name AS communityName"
            + " FROM onboarding_emails o JOIN members m ON m.id = o.member_id"
            + " JOIN teams t ON t.id = m.team_id JOIN communities c ON c.id = o.community_id"
            + " WHERE o.id IN (<ids>) AND o.status = 'waiting' ORDER BY o.id")
    @RegisterConstructorMapper(DueEmail.class)
    List<DueEmail> read(@BindList("ids") List<Long> ids);

    @SqlUpdate("UPDATE onboarding_emails SET status = 'sent', sent_at = CURRENT_TIMESTAMP(3),"
            + " attempts = attempts + 1, last_error = NULL WHERE id = :id AND status = 'waiting'")
    int markSent(@Bind("id") long id);

    @SqlUpdate("UPDATE onboarding_emails SET attempts = attempts + 1, last_error = :error,"
            + " next_attempt_at = TIMESTAMPADD(SECOND, :seconds, CURRENT_TIMESTAMP(3))"
            + " WHERE id = :id AND status = 'waiting'")
    int markFailed(@Bind("id") long id, @Bind("error") String error, @Bind("seconds") long seconds);

    /** Gives claimed rows back at once (not attempted: the lease was running out). */
    @SqlUpdate("UPDATE onboarding_emails SET next_attempt_at = CURRENT_TIMESTAMP(3)"
            + " WHERE id IN (<ids>) AND status = 'waiting'")
    int release(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT COUNT(*) FROM onboarding_emails WHERE status = 'waiting'")
    long countWaiting();

    /** Seconds since the oldest waiting email was queued; empty when none waits. */
    @SqlQuery("SELECT TIMESTAMPDIFF(SECOND, MIN(created_at), CURRENT_TIMESTAMP(3))"
            + " FROM onboarding_emails WHERE status = 'waiting'")
    Optional<Long> oldestWaitingSeconds();
}
