package com.promote.app.onboarding;

/** A claimed outbox row with what its email says. */
public record DueEmail(long id, long communityId, int attempts, String email, String firstName,
                       String lastName, String teamName, boolean teamAdmin, String communityName) {
}
