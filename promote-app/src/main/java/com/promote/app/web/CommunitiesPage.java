package com.promote.app.web;

import com.promote.app.auth.PageSession;
import com.promote.engine.communities.Community;
import java.util.List;

/** The communities the signed-in admin belongs to. */
public final class CommunitiesPage extends Page {
    public record Item(String name, String href, String timeZone, boolean billingEnabled) {
    }

    private final List<Item> communities;

    public CommunitiesPage(PageSession session, List<Community> communities) {
        super("communities.mustache", "Communities", session);
        this.communities = communities.stream().map(c -> new Item(c.name(), "/communities/" + c.id() + "/crm",
                c.timeZone(), c.billingEnabled())).toList();
    }

    public List<Item> communities() {
        return communities;
    }

    public boolean none() {
        return communities.isEmpty();
    }
}
