package com.promote.api;

import java.security.Principal;
import java.util.Optional;

/**
 * For extension resources: the community, if the signed-in admin belongs to it. Empty means
 * "answer 404", whether the community does not exist or belongs to other admins.
 * Inject it; the app binds it.
 */
public interface CommunityAccess {
    Optional<CommunityInfo> find(Principal admin, long communityId);
}
