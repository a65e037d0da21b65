package com.promote.app.web;

import com.promote.app.auth.PageSession;
import com.promote.engine.communities.Community;

/** The Migrations tab: how to prepare the file, and "Promote Existing Leads or Contacts". */
public final class MigrationsPage extends CommunityPage {
    public MigrationsPage(PageSession session, Community community) {
        super("migrations.mustache", "Migrations", session, community, "migrations");
    }

    public boolean billing() {
        return community().billingEnabled();
    }

    public String exampleHref() {
        return billing() ? "/assets/examples/promote-example-billing.csv" : "/assets/examples/promote-example.csv";
    }

    public String reportsHref() {
        return base() + "/reports";
    }
}
