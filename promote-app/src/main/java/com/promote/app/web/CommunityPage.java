package com.promote.app.web;

import com.promote.app.auth.PageSession;
import com.promote.engine.communities.Community;
import java.util.List;

/** A page inside one community: its name and the tabs, one of them current. */
public abstract class CommunityPage extends Page {
    public record Tab(String label, String href, boolean current) {
    }

    private static final List<String[]> TABS = List.of(
            new String[] {"crm", "CRM"}, new String[] {"reports", "Reports"},
            new String[] {"migrations", "Migrations"}, new String[] {"members", "Members"},
            new String[] {"activity", "Activity"});

    private final Community community;
    private final String tab;

    protected CommunityPage(String template, String title, PageSession session, Community community, String tab) {
        super(template, title + " · " + community.name(), session);
        this.community = community;
        this.tab = tab;
    }

    public Community community() {
        return community;
    }

    public String base() {
        return "/communities/" + community.id();
    }

    public List<Tab> tabs() {
        return TABS.stream().map(t -> new Tab(t[1], base() + "/" + t[0], t[0].equals(tab))).toList();
    }
}
