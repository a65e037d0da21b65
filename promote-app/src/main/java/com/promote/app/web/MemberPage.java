package com.promote.app.web;

import com.promote.app.auth.PageSession;
import com.promote.engine.communities.Community;
import com.promote.engine.members.MemberView;
import java.util.List;

/** One member; memberships and invoices come from the billing plugin's API, read by the page's script. */
public final class MemberPage extends CommunityPage {
    private final MemberView member;

    public MemberPage(PageSession session, Community community, MemberView member) {
        super("member.mustache", PageText.name(member.firstName(), member.lastName()), session, community, "members");
        this.member = member;
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

    public String groups() {
        return member.groups().isEmpty() ? "—" : String.join(", ", member.groups());
    }

    public List<MembersPage.Field> customFields() {
        return MembersPage.Field.of(member.customFields());
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

    public boolean billing() {
        return community().billingEnabled();
    }
}
