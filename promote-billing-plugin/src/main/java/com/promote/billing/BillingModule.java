package com.promote.billing;

import com.google.inject.AbstractModule;
import com.promote.api.ExtensionMigration;
import com.promote.api.PromoteBinders;
import com.promote.api.PromoteModule;
import com.promote.billing.invoices.InvoiceResource;
import com.promote.billing.memberships.MembershipResource;
import com.promote.billing.page.BillingPage;
import com.promote.billing.plans.DemoPlans;
import com.promote.billing.plans.PlanResource;
import com.promote.billing.teams.BillDayField;

/** The billing plugin: its row extension, its tables, its API resources and its part of the page. */
public final class BillingModule extends AbstractModule implements PromoteModule {
    public static final String CHANGELOG = "com/promote/billing/db/billing-changelog.sql";

    @Override
    protected void configure() {
        PromoteBinders.rowExtensions(binder()).addBinding().to(BillingExtension.class);
        PromoteBinders.migrations(binder()).addBinding().toInstance(new ExtensionMigration(CHANGELOG, BillingModule.class));
        PromoteBinders.resources(binder()).addBinding().to(PlanResource.class);
        PromoteBinders.resources(binder()).addBinding().to(MembershipResource.class);
        PromoteBinders.resources(binder()).addBinding().to(InvoiceResource.class);
        PromoteBinders.demoSeeders(binder()).addBinding().to(DemoPlans.class);
        PromoteBinders.teamFields(binder()).addBinding().to(BillDayField.class);
        PromoteBinders.pages(binder()).addBinding().toInstance(BillingPage.DESCRIPTION);
    }
}
