package com.promote.app.onboarding;

import com.promote.engine.activity.ActivityAction;
import com.promote.api.ActivityLog;
import com.promote.app.auth.CommunityGuard;
import com.promote.app.errors.DatabaseExceptionMapper;
import com.promote.engine.errors.PromoteException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Queues the onboarding email for every member a promotion created that has none yet. */
@Path("/api/communities/{c}/promotions/{p}/onboarding-emails")
@Produces(MediaType.APPLICATION_JSON)
public final class PromotionOnboardingResource {
    private static final String QUEUE = "INSERT INTO onboarding_emails (community_id, member_id, promotion_id,"
            + " status, attempts, next_attempt_at, created_at)"
            + " SELECT m.community_id, m.id, m.promotion_id, 'waiting', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)"
            + " FROM members m WHERE m.promotion_id = :p AND m.community_id = :c"
            + " AND NOT EXISTS (SELECT 1 FROM onboarding_emails o WHERE o.member_id = m.id)";

    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final ActivityLog activity;

    public PromotionOnboardingResource(Jdbi jdbi, CommunityGuard guard, ActivityLog activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.guard = guard;
    }

    @POST
    public Response queue(@Context SecurityContext context, @PathParam("c") long communityId,
                          @PathParam("p") long promotionId) {
        guard.require(context, communityId);
        boolean exists = jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM promotions WHERE id = :p AND community_id = :c")
                .bind("p", promotionId).bind("c", communityId).mapTo(Long.class).one()) > 0;
        if (!exists) {
            throw PromoteException.notFound("Promotion " + promotionId);
        }
        return Response.accepted(Map.of("queued", queueAll(context, communityId, promotionId))).build();
    }

    private int queueAll(SecurityContext context, long communityId, long promotionId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> {
                    int queued = h.createUpdate(QUEUE).bind("p", promotionId).bind("c", communityId).execute();
                    activity.record(h, context.getUserPrincipal(), communityId, ActivityAction.ONBOARDING_EMAILS,
                            "promotion " + promotionId, queued + " onboarding emails queued");
                    return queued;
                });
            } catch (JdbiException e) {
                // A member queued by someone else in the meantime trips the unique key; the
                // statement then rolled back whole, and running it again skips that member.
                if (attempt >= 3 || !DatabaseExceptionMapper.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }
}
