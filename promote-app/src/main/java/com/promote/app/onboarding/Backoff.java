package com.promote.app.onboarding;

/** How long an email waits after a failed attempt: 1s, 2s, 4s, ... never more than 10 minutes. */
final class Backoff {
    static final long MAX_SECONDS = 600;

    private Backoff() {
    }

    /** The wait after the attempt numbered {@code failedAttempts} (1 for the first) failed. */
    static long seconds(int failedAttempts) {
        int exponent = Math.max(0, failedAttempts - 1);
        return exponent >= 10 ? MAX_SECONDS : Math.min(MAX_SECONDS, 1L << exponent);
    }
}
