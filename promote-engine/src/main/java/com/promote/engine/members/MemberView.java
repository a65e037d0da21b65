package com.promote.engine.members;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A member as the API shows it. */
public record MemberView(long id, String firstName, String lastName, String email, String phone,
                         String source, String notes, long teamId, String teamName, boolean teamAdmin,
                         List<String> groups, Map<String, String> customFields,
                         Long promotedFromPersonId, String onboardingEmailStatus,
                         Instant onboardingEmailSentAt) {
}
