package com.promote.billing.page;

import com.promote.api.ColumnHelp;
import com.promote.api.ExtensionPage;
import com.promote.api.MemberSection;
import com.promote.api.MemberTable;
import com.promote.api.ResultColumn;
import com.promote.api.ResultField;
import com.promote.api.TableColumn;
import com.promote.billing.BillingColumns;
import com.promote.billing.BillingExtension;

/**
 * Billing on the admin page: help for its three columns, plans and the prorated invoice in a
 * row's preview and result (the fields of {@code RowReport}), and a member's memberships and
 * invoices from this plugin's own routes.
 */
public final class BillingPage {
    public static final ExtensionPage DESCRIPTION = ExtensionPage.of(BillingExtension.NAME, "Billing")
            .withBadge("billing")
            .withHelp(
                    ColumnHelp.of(BillingColumns.PLANS, "Required when billing is on: plans to subscribe the member"
                                    + " to, comma-separated, e.g. `Coworking Plan, Parking Pass`. The plans must already exist.")
                            .example("Coworking Plan, Parking Pass", "Coworking Plan", "Coworking Plan"),
                    ColumnHelp.of(BillingColumns.MONTHLY_BILL_DATE, "Day of the month to bill, 1–31. Billing starts at"
                                    + " the next occurrence of that day. Without it: an existing team's bill day; for a new"
                                    + " team, your default billing day of next month.")
                            .example("1", "", "15"),
                    ColumnHelp.of(BillingColumns.BILLING_START_DATE, "A future date written `MM/DD/YYYY`. The member"
                                    + " gets a prorated invoice on that date for the days until the first bill date.")
                            .example("06/20/2026", "", ""))
            .withResultColumns(ResultColumn.of("plans", "Plans",
                    ResultField.lines("memberships", "{plan} · bills on day {billDay}, first bill {firstBillDate}"),
                    ResultField.line("proratedInvoice",
                            "Prorated {amount} {currency} on {issueDate} ({periodStart} to {periodEnd})").asDetail()))
            .withMemberSections(MemberSection.of("billing", "Billing",
                    MemberTable.of("memberships", "Memberships", "/members/{member}/memberships",
                                    TableColumn.of("Plan", "{plan}"),
                                    TableColumn.of("Price", "{monthlyPrice} {currency} a month"),
                                    TableColumn.of("Bill day", "{billDay}"),
                                    TableColumn.of("Start", "{startDate}"),
                                    TableColumn.of("First bill", "{firstBillDate}"))
                            .whenEmpty("No memberships."),
                    MemberTable.of("invoices", "Invoices", "/members/{member}/invoices",
                            TableColumn.of("Issued", "{issueDate}"),
                            TableColumn.of("Period", "{periodStart} to {periodEnd}"),
                            TableColumn.of("Amount", "{amount} {currency}"),
                            TableColumn.of("Kind", "{kind}"))));

    private BillingPage() {
    }
}
