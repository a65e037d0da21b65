package com.promote.app.web;

import com.promote.app.auth.PageSession;
import com.promote.engine.communities.Community;
import com.promote.engine.crm.Person;
import java.util.List;

/** The CRM tab: leads and contacts, searched and paged. */
public final class CrmPage extends CommunityPage {
    public record Row(String type, String name, String email, String company, String phone, String source,
                      String followUpDate, String tourDate) {
        static Row of(Person p) {
            return new Row(p.type(), PageText.name(p.firstName(), p.lastName()), p.email(),
                    PageText.orEmpty(p.companyName()), PageText.orEmpty(p.phone()), PageText.orEmpty(p.source()),
                    PageText.orEmpty(p.followUpDate()), PageText.orEmpty(p.tourDate()));
        }
    }

    private final String query;
    private final String type;
    private final List<Row> rows;
    private final PageText.Pager pager;

    public CrmPage(PageSession session, Community community, String query, String type, List<Person> people,
                   PageText.Pager pager) {
        super("crm.mustache", "CRM", session, community, "crm");
        this.query = query == null ? "" : query;
        this.type = type == null ? "" : type;
        this.rows = people.stream().map(Row::of).toList();
        this.pager = pager;
    }

    public String query() {
        return query;
    }

    public boolean allTypes() {
        return type.isEmpty();
    }

    public boolean leads() {
        return type.equals("lead");
    }

    public boolean contacts() {
        return type.equals("contact");
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public PageText.Pager pager() {
        return pager;
    }
}
