package com.promote.billing.plans;

/** A billing plan of one community. Money in integer cents, never a float. */
public record Plan(long id, long communityId, String name, long monthlyPriceCents, String currency) {
}
