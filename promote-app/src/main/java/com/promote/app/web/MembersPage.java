package com.promote.app.web;

import com.promote.app.auth.PageSession;
import com.promote.engine.communities.Community;
import com.promote.engine.members.MemberView;
import java.util.List;
import java.util.Map;

/** The Members tab: members with team, admin flag, groups and custom fields; then the teams. */
public final class MembersPage extends CommunityPage {
    public record Field(String name, String value) {
        static List<Field> of(Map<String, String> fields) {
            return fields.entrySet().stream().map(e -> new Field(e.getKey(), e.getValue())).toList();
        }
    }

    public record Row(String href, String name, String email, String teamName, boolean teamAdmin, String groups,
                      List<Field> customFields, String emailStatus) {
        static Row of(String base, MemberView m) {
            return new Row(base + "/members/" + m.id(), PageText.name(m.firstName(), m.lastName()), m.email(),
                    m.teamName(), m.teamAdmin(), String.join(", ", m.groups()), Field.of(m.customFields()),
                    m.onboardingEmailStatus());
        }
    }

    public record TeamRow(String name, String admin, int members, String billDay) {
        static TeamRow of(PageDao.TeamSummary t) {
            String admin = t.adminMemberId() == null ? "" : PageText.name(t.adminFirstName(), t.adminLastName());
            return new TeamRow(t.name(), admin, t.memberCount(), PageText.orEmpty(t.billDay()));
        }
    }

    private final List<Row> members;
    private final PageText.Pager pager;
    private final List<TeamRow> teams;
    private final int teamCount;

    public MembersPage(PageSession session, Community community, List<MemberView> members, PageText.Pager pager,
                       List<PageDao.TeamSummary> teams, int teamCount) {
        super("members.mustache", "Members", session, community, "members");
        this.members = members.stream().map(m -> Row.of(base(), m)).toList();
        this.pager = pager;
        this.teams = teams.stream().map(TeamRow::of).toList();
        this.teamCount = teamCount;
    }

    public List<Row> members() {
        return members;
    }

    public boolean noMembers() {
        return members.isEmpty();
    }

    public PageText.Pager pager() {
        return pager;
    }

    public List<TeamRow> teams() {
        return teams;
    }

    public boolean noTeams() {
        return teams.isEmpty();
    }

    public int teamCount() {
        return teamCount;
    }

    public boolean moreTeams() {
        return teamCount > teams.size();
    }
}
