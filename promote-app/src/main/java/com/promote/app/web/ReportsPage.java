package com.promote.app.web;

import com.promote.app.auth.PageSession;
import com.promote.engine.communities.Community;

/** The Reports tab: the leads and contacts reports as CSV, the start of a promotion. */
public final class ReportsPage extends CommunityPage {
    private final int leads;
    private final int contacts;

    public ReportsPage(PageSession session, Community community, int leads, int contacts) {
        super("reports.mustache", "Reports", session, community, "reports");
        this.leads = leads;
        this.contacts = contacts;
    }

    public int leads() {
        return leads;
    }

    public int contacts() {
        return contacts;
    }

    public String leadsHref() {
        return "/api/communities/" + community().id() + "/reports/leads.csv";
    }

    public String contactsHref() {
        return "/api/communities/" + community().id() + "/reports/contacts.csv";
    }

    public String leadsXlsxHref() {
        return "/api/communities/" + community().id() + "/reports/leads.xlsx";
    }

    public String contactsXlsxHref() {
        return "/api/communities/" + community().id() + "/reports/contacts.xlsx";
    }
}
