package com.promote.engine.onboarding;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The onboarding email outbox. A promoted row enqueues in its own transaction, so the email
 * exists exactly when the member does; the app's dispatcher sends and marks rows. The unique
 * key on member_id is what guarantees a member is never emailed twice.
 */
public interface OnboardingOutboxDao {
    String WAITING = "waiting";
    String SENT = "sent";

    /** Queues the member's email unless one was ever queued; returns 1 if queued, 0 if not. */
    @SqlUpdate("INSERT INTO onboarding_emails (community_id, member_id, promotion_id, status, attempts,"
            + " next_attempt_at, created_at)"
            + " SELECT :communityId, :memberId, :promotionId, 'waiting', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)"
            + " FROM members m WHERE m.id = :memberId AND m.community_id = :communityId"
            + " AND NOT EXISTS (SELECT 1 FROM onboarding_emails o WHERE o.member_id = :memberId)")
    int enqueue(@Bind("communityId") long communityId, @Bind("memberId") long memberId,
                @Bind("promotionId") Long promotionId);
}
