package com.promote.billing.web;

import static java.util.Objects.requireNonNull;

import com.promote.api.CommunityAccess;
import com.promote.api.CommunityInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import org.jdbi.v3.core.Jdbi;

/**
 * What a billing resource may see: a community of the signed-in admin, and members of that
 * community. Anything else is a 404, so other communities' ids are not even confirmed.
 */
public final class MemberScope {
    private final CommunityAccess access;
    private final Jdbi jdbi;

    @Inject
    public MemberScope(CommunityAccess access, Jdbi jdbi) {
        this.access = requireNonNull(access, "access is null");
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    public CommunityInfo community(SecurityContext security, long communityId) {
        return access.find(security.getUserPrincipal(), communityId)
                .orElseThrow(() -> ApiErrors.notFound("No community " + communityId + "."));
    }

    /** Checks the member belongs to the community (a core table, read by id only). */
    public void requireMember(CommunityInfo community, long memberId) {
        boolean found = jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM members WHERE id = :id AND community_id = :communityId")
                .bind("id", memberId).bind("communityId", community.id())
                .mapTo(Long.class).one() > 0);
        if (!found) {
            throw ApiErrors.notFound("No member " + memberId + " in this community.");
        }
    }
}
