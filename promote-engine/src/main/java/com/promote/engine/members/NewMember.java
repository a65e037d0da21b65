package com.promote.engine.members;

import com.promote.engine.crm.EmailKey;

/** What the core writes for a promoted row. */
public record NewMember(long communityId, long teamId, String firstName, String lastName,
                        String email, String phone, String source, String notes,
                        long promotedFromPersonId, long promotionId) {
    public String emailKey() {
        return EmailKey.of(email);
    }
}
