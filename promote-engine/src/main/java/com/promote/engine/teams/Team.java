package com.promote.engine.teams;

/** A team row; members are listed separately. */
public record Team(long id, long communityId, String name, Long adminMemberId,
                   Long createdByPromotionId) {
}
