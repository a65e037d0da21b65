package com.promote.billing.invoices;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

@Path("/api/communities/{communityId}/members/{memberId}/invoices")
@Produces(MediaType.APPLICATION_JSON)
public final class InvoiceResource {

    public record LineView(String plan, String amount) {
    }

    /** Periods inclusive on both ends; money a two-place string (API.md). */
    public record InvoiceView(String issueDate, String periodStart, String periodEnd, String amount,
                              String currency, String kind, List<LineView> lines) {
    }

    private final Jdbi jdbi;
    private final MemberScope scope;

    @Inject
    public InvoiceResource(Jdbi jdbi, MemberScope scope) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.scope = requireNonNull(scope, "scope is null");
    }

    @GET
    public List<InvoiceView> list(@Context SecurityContext security, @PathParam("communityId") long communityId,
                                  @PathParam("memberId") long memberId) {
        CommunityInfo community = scope.community(security, communityId);
        scope.requireMember(community, memberId);
        return jdbi.withExtension(InvoiceDao.class, dao -> {
            Map<Long, List<LineView>> lines = dao.linesForMember(community.id(), memberId).stream()
                    .collect(Collectors.groupingBy(InvoiceDao.LineRow::invoiceId, Collectors.mapping(
                            line -> new LineView(line.plan(), Money.format(line.amountCents())), Collectors.toList())));
            return dao.listForMember(community.id(), memberId).stream()
                    .map(i -> new InvoiceView(i.issueDate().toString(), i.periodStart().toString(),
                            i.periodEnd().toString(), Money.format(i.amountCents()), i.currency(), i.kind(),
                            lines.getOrDefault(i.id(), List.of())))
                    .toList();
        });
    }
}
