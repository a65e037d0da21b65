package com.promote.app.web;

import com.promote.api.MemberSection;
import com.promote.api.MemberTable;
import com.promote.api.TableColumn;
import com.promote.app.auth.PageSession;
import com.promote.app.web.ExtensionPages.Described;
import com.promote.engine.communities.Community;
import com.promote.engine.members.AddedValue;
import com.promote.engine.members.MemberView;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * One member; then each extension's sections, whose tables the page's script fills from the
 * extension's own API routes.
 */
public final class MemberPage extends CommunityPage {
    /** An extension's section; off in this community, it only says so. */
    public record Section(String id, String title, boolean on, String offText, String loading, List<Table> tables) {
    }

    /** A table of a section, with the route that fills it for this member. */
    public record Table(String id, String title, String source, String empty, List<TableColumn> columns) {
    }

    private final MemberView member;
    private final List<Described> extensions;

    public MemberPage(PageSession session, Community community, MemberView member, List<Described> extensions) {
        super("member.mustache", PageText.name(member.firstName(), member.lastName()), session, community, "members");
        this.member = member;
        this.extensions = extensions;
    }

    public long id() {
        return member.id();
    }

    public String name() {
        return PageText.name(member.firstName(), member.lastName());
    }

    public String email() {
        return member.email();
    }

    public String phone() {
        return PageText.orDash(member.phone());
    }

    public String source() {
        return PageText.orDash(member.source());
    }

    public String notes() {
        return PageText.orDash(member.notes());
    }

    public String teamName() {
        return member.teamName();
    }

    public boolean teamAdmin() {
        return member.teamAdmin();
    }

    /** Fields extensions add to the member as one value (groups, say), each a fact of its own. */
    public List<MembersPage.Field> addedFacts() {
        return member.added().entrySet().stream().filter(e -> !(e.getValue() instanceof Map<?, ?>))
                .map(e -> new MembersPage.Field(MembersPage.label(e.getKey()),
                        PageText.orDash(AddedValue.text(e.getValue()))))
                .toList();
    }

    /** Fields extensions add as name/value pairs (custom fields): each pair a fact, after the member's own. */
    public List<MembersPage.Field> addedPairs() {
        return member.added().values().stream().filter(v -> v instanceof Map<?, ?>)
                .flatMap(v -> MembersPage.Field.of((Map<?, ?>) v).stream()).toList();
    }

    public String emailStatus() {
        return member.onboardingEmailStatus();
    }

    public boolean emailNone() {
        return "none".equals(member.onboardingEmailStatus());
    }

    public String emailSentAt() {
        return PageText.orEmpty(member.onboardingEmailSentAt());
    }

    public List<Section> sections() {
        return extensions.stream().flatMap(d -> d.page().memberSections().stream().map(s -> new Section(s.id(),
                s.title(), d.on(), d.page().label() + " is off in this community.", loading(s),
                s.tables().stream().map(this::table).toList()))).toList();
    }

    private Table table(MemberTable t) {
        String source = "/api/communities/" + community().id() + t.route().replace("{member}", String.valueOf(member.id()));
        return new Table(t.id(), t.title(), source, t.empty(), t.columns());
    }

    /** "Loading lockers and keys…" */
    private static String loading(MemberSection section) {
        List<String> titles = section.tables().stream().map(t -> t.title().toLowerCase(Locale.ROOT)).toList();
        return titles.isEmpty() ? "" : "Loading " + PageText.and(titles) + "…";
    }
}
