package com.promote.app.onboarding;

import com.promote.engine.activity.ActivityAction;
import com.promote.api.ActivityLog;
import com.promote.app.auth.CommunityGuard;
import com.promote.app.errors.DatabaseExceptionMapper;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.onboarding.OnboardingOutboxDao;
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

/** An admin asks for one member's onboarding email, which a member gets once at most. */
@Path("/api/communities/{c}/members/{m}/onboarding-email")
@Produces(MediaType.APPLICATION_JSON)
public final class MemberOnboardingResource {
    private record Found(Long promotionId) {
    }

    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final ActivityLog activity;

    public MemberOnboardingResource(Jdbi jdbi, CommunityGuard guard, ActivityLog activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.guard = guard;
    }

    @POST
    public Response queue(@Context SecurityContext context, @PathParam("c") long communityId,
                          @PathParam("m") long memberId) {
        guard.require(context, communityId);
        Found member = jdbi.withHandle(h -> h.createQuery(
                        "SELECT promotion_id FROM members WHERE id = :m AND community_id = :c")
                .bind("m", memberId).bind("c", communityId)
                .map((rs, ctx) -> new Found(rs.getObject(1) == null ? null : rs.getLong(1)))
                .findOne())
                .orElseThrow(() -> PromoteException.notFound("Member " + memberId));
        int queued;
        try {
            queued = jdbi.inTransaction(h -> {
                int n = h.attach(OnboardingOutboxDao.class).enqueue(communityId, memberId, member.promotionId());
                if (n > 0) {
                    activity.record(h, context.getUserPrincipal(), communityId, ActivityAction.ONBOARDING_EMAILS,
                            "member " + memberId, "onboarding email queued");
                }
                return n;
            });
        } catch (JdbiException e) {
            if (!DatabaseExceptionMapper.isUniqueViolation(e)) {
                throw e;
            }
            queued = 0; // another request queued it a moment ago
        }
        if (queued == 0) {
            throw PromoteException.conflict("Member " + memberId
                    + " already has an onboarding email (waiting or sent); a member gets it once");
        }
        return Response.accepted(Map.of("memberId", memberId, "onboardingEmailStatus", "waiting")).build();
    }
}
