package com.promote.app.auth;

import com.promote.api.CommunityAccess;
import com.promote.api.CommunityInfo;
import com.promote.engine.communities.Community;
import com.promote.engine.errors.PromoteException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * An admin sees only the communities it created or was added to; any other answers 404,
 * exactly as one that does not exist, so ids of other communities leak nothing.
 */
public final class CommunityGuard implements CommunityAccess {
    private final Jdbi jdbi;

    public CommunityGuard(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The signed-in admin. {@link AdminsOnly} lets no request reach a guarded method without
     * one; a method marked {@link Public} that asks anyway gets a 401, not a 500.
     */
    public static Admin admin(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Admin admin) {
            return admin;
        }
        throw new jakarta.ws.rs.NotAuthorizedException(Refusals.unauthorized(true).getResponse());
    }

    public Community require(SecurityContext context, long communityId) {
        return find(admin(context), communityId)
                .orElseThrow(() -> PromoteException.notFound("Community " + communityId));
    }

    public Optional<Community> find(Admin admin, long communityId) {
        return jdbi.withExtension(AdminDao.class, dao -> dao.communityOf(admin.id(), communityId));
    }

    @Override
    public Optional<CommunityInfo> find(Principal admin, long communityId) {
        return admin instanceof Admin a ? find(a, communityId).map(Community::info) : Optional.empty();
    }
}
