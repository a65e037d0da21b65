package com.promote.app.web;

import com.promote.app.activity.ActivityEntry;
import com.promote.app.activity.ActivityReader;
import com.promote.app.auth.PageSession;
import com.promote.engine.communities.Community;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The Activity tab: who changed what and when, newest first, filtered by action and admin. */
public final class ActivityPage extends CommunityPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public record Row(String at, String admin, String address, String action, String target, String details) {
    }

    /** One choice of a filter's select. */
    public record Choice(String value, boolean selected) {
    }

    private final List<Row> rows;
    private final List<Choice> actions;
    private final List<Choice> admins;
    private final PageText.Pager pager;
    private final String csvHref;
    private final String zone;

    public ActivityPage(PageSession session, Community community, List<ActivityEntry> entries, List<String> actions,
                        List<String> admins, ActivityReader.Filter filter, PageText.Pager pager) {
        super("activity.mustache", "Activity", session, community, "activity");
        ZoneId zoneId = community.zone();
        this.zone = zoneId.getId();
        this.rows = entries.stream().map(e -> new Row(WHEN.format(e.at().atZone(zoneId)), PageText.orEmpty(e.admin()),
                PageText.orEmpty(e.address()), e.action(), PageText.orEmpty(e.target()),
                PageText.orEmpty(e.details()))).toList();
        this.actions = actions.stream().map(a -> new Choice(a, a.equals(filter.action()))).toList();
        this.admins = admins.stream().map(a -> new Choice(a, a.equals(filter.admin()))).toList();
        this.pager = pager;
        StringBuilder query = new StringBuilder();
        if (filter.action() != null) {
            query.append("action=").append(URLEncoder.encode(filter.action(), StandardCharsets.UTF_8));
        }
        if (filter.admin() != null) {
            query.append(query.isEmpty() ? "" : "&").append("admin=")
                    .append(URLEncoder.encode(filter.admin(), StandardCharsets.UTF_8));
        }
        this.csvHref = "/api/communities/" + community.id() + "/activity.csv" + (query.isEmpty() ? "" : "?" + query);
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public List<Choice> actions() {
        return actions;
    }

    public List<Choice> admins() {
        return admins;
    }

    public boolean noActionChosen() {
        return actions.stream().noneMatch(Choice::selected);
    }

    public boolean noAdminChosen() {
        return admins.stream().noneMatch(Choice::selected);
    }

    public PageText.Pager pager() {
        return pager;
    }

    public String csvHref() {
        return csvHref;
    }

    public String xlsxHref() {
        return csvHref.replaceFirst("/activity\\.csv", "/activity.xlsx");
    }

    public String zone() {
        return zone;
    }
}
