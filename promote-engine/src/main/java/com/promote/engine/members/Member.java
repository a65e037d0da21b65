package com.promote.engine.members;

/** A member row as stored; {@link MemberView} adds team, groups and custom fields. */
public record Member(long id, long communityId, long teamId, String firstName, String lastName,
                     String email, String phone, String source, String notes,
                     Long promotedFromPersonId, Long promotionId) {
}
