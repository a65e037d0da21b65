/**
 * The billing plugin: plans, memberships on a monthly bill day, and a prorated first invoice,
 * as SPEC.md "Billing" describes. It uses nothing but {@code com.promote.api}.
 *
 * <ul>
 *   <li>{@link com.promote.billing.BillingModule}: the entry point (listed in META-INF/services):
 *   binds the row extension, the changelog and the resources.</li>
 *   <li>{@link com.promote.billing.BillingExtension}: owns Plans, Monthly Bill Date and Billing
 *   Start Date; delegates to {@code row.RowPlanner} (read-only, collects every problem) and
 *   {@code row.RowApplier} (writes through the row's handle only).</li>
 *   <li>{@code schedule}: where bill days fall (clamped to short months) and the first bill date;
 *   reading the two date cells.</li>
 *   <li>{@code proration}: the part-month before the first bill, in exact cents.</li>
 *   <li>{@code plans}, {@code memberships}, {@code invoices}: each feature's DAO and API resource;
 *   {@code web}: the 404/JSON-error rules the resources share; {@code undo}: ready for an SPI
 *   undo hook.</li>
 * </ul>
 * Tables are prefixed {@code billing_} and created by {@code db/billing-changelog.sql}; core
 * tables are referred to by id only.
 */
package com.promote.billing;
