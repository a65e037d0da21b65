package com.promote.app.web;

import com.promote.app.auth.PageSession;
import com.promote.engine.communities.Community;
import com.promote.engine.members.AddedValue;
import com.promote.engine.members.MemberView;
import java.util.List;
import java.util.Map;

/** The Members tab: members with team, admin flag and what extensions add to them; then the teams. */
public final class MembersPage extends CommunityPage {
    public record Field(String name, String value) {
        static List<Field> of(Map<?, ?> fields) {
            return fields.entrySet().stream()
                    .map(e -> new Field(String.valueOf(e.getKey()), PageText.orEmpty(e.getValue()))).toList();
        }
    }

    /**
     * A field an extension adds to a member, as shown: name/value pairs (custom fields) each as
     * a pair, anything else (a list of groups, say) as text.
     */
    public record Added(String label, String text, List<Field> pairs) {
        static List<Added> of(Map<String, Object> added) {
            return added.entrySet().stream().map(e -> new Added(MembersPage.label(e.getKey()),
                    e.getValue() instanceof Map<?, ?> ? "" : AddedValue.text(e.getValue()),
                    e.getValue() instanceof Map<?, ?> map ? Field.of(map) : List.of())).toList();
        }
    }

    /** {@code added}: the fields extensions add to the member, in {@link #memberFieldLabels()} order. */
    public record Row(String href, String name, String email, String teamName, boolean teamAdmin, List<Added> added,
                      String emailStatus) {
        static Row of(String base, MemberView m) {
            return new Row(base + "/members/" + m.id(), PageText.name(m.firstName(), m.lastName()), m.email(),
                    m.teamName(), m.teamAdmin(), Added.of(m.added()), m.onboardingEmailStatus());
        }
    }

    /** {@code added}: the values of the fields extensions add to teams, in {@link #teamFieldLabels()} order. */
    public record TeamRow(String name, String admin, int members, List<Field> added) {
        static TeamRow of(PageDao.TeamSummary t, Map<String, Object> added) {
            String admin = t.adminMemberId() == null ? "" : PageText.name(t.adminFirstName(), t.adminLastName());
            List<Field> fields = added.entrySet().stream()
                    .map(e -> new Field(label(e.getKey()), PageText.orEmpty(e.getValue()))).toList();
            return new TeamRow(t.name(), admin, t.memberCount(), fields);
        }
    }

    private final List<Row> members;
    private final List<String> memberFieldLabels;
    private final PageText.Pager pager;
    private final List<TeamRow> teams;
    private final int teamCount;
    private final List<String> teamFieldLabels;

    public MembersPage(PageSession session, Community community, List<MemberView> members,
                       List<String> memberFieldNames, PageText.Pager pager,
                       List<PageDao.TeamSummary> teams, Map<Long, Map<String, Object>> added, List<String> addedNames,
                       int teamCount) {
        super("members.mustache", "Members", session, community, "members");
        this.members = members.stream().map(m -> Row.of(base(), m)).toList();
        this.memberFieldLabels = memberFieldNames.stream().map(MembersPage::label).toList();
        this.pager = pager;
        this.teams = teams.stream().map(t -> TeamRow.of(t, added.getOrDefault(t.id(), Map.of()))).toList();
        this.teamCount = teamCount;
        this.teamFieldLabels = addedNames.stream().map(MembersPage::label).toList();
    }

    /** The column headers of the fields extensions add to members. */
    public List<String> memberFieldLabels() {
        return memberFieldLabels;
    }

    /** The column headers of the fields extensions add to teams. */
    public List<String> teamFieldLabels() {
        return teamFieldLabels;
    }

    /** {@code fooBar} -> {@code Foo bar}: an added field's JSON name as a column header. */
    static String label(String jsonName) {
        String words = jsonName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
