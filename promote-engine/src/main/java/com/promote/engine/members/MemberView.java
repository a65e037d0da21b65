package com.promote.engine.members;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;

/**
 * A member as the API shows it: the core's fields, then {@code added}, what the installed
 * extensions add ({@link com.promote.api.MemberFields}), by JSON name in their order. The added
 * fields are shown as fields of the member, so an extension not installed leaves no trace.
 */
public record MemberView(long id, String firstName, String lastName, String email, String phone,
                         String source, String notes, long teamId, String teamName, boolean teamAdmin,
                         Long promotedFromPersonId, String onboardingEmailStatus,
                         Instant onboardingEmailSentAt, @JsonIgnore Map<String, Object> added) {
    /** The added fields as JSON fields of the member. */
    @JsonAnyGetter
    public Map<String, Object> addedAsJson() {
        return added;
    }

    MemberView withAdded(Map<String, Object> fields) {
        return new MemberView(id, firstName, lastName, email, phone, source, notes, teamId, teamName, teamAdmin,
                promotedFromPersonId, onboardingEmailStatus, onboardingEmailSentAt, fields);
    }

}
