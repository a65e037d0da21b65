package com.promote.billing.memberships;

import static java.util.Objects.requireNonNull;

import com.promote.api.CommunityInfo;
import com.promote.billing.plans.Money;
import com.promote.billing.web.MemberScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

@Path("/api/communities/{communityId}/members/{memberId}/memberships")
@Produces(MediaType.APPLICATION_JSON)
public final class MembershipResource {

    /** Dates ISO, money a two-place string (API.md). */
    public record MembershipView(String plan, String monthlyPrice, String currency, int billDay,
                                 String startDate, String firstBillDate) {
        static MembershipView of(MembershipDao.Row row) {
            return new MembershipView(row.plan(), Money.format(row.monthlyPriceCents()), row.currency(),
                    row.billDay(), row.startDate().toString(), row.firstBillDate().toString());
        }
    }

    private final Jdbi jdbi;
    private final MemberScope scope;

    @Inject
    public MembershipResource(Jdbi jdbi, MemberScope scope) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.scope = requireNonNull(scope, "scope is null");
    }

    @GET
    public List<MembershipView> list(@Context SecurityContext security, @PathParam("communityId") long communityId,
                                     @PathParam("memberId") long memberId) {
        CommunityInfo community = scope.community(security, communityId);
        scope.requireMember(community, memberId);
        return jdbi.withExtension(MembershipDao.class, dao -> dao.listForMember(community.id(), memberId))
                .stream().map(MembershipView::of).toList();
    }
}
