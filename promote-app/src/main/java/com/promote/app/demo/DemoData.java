package com.promote.app.demo;

import com.promote.api.CommunityInfo;
import com.promote.api.CommunitySetting;
import com.promote.app.PromoteApplication.Services;
import com.promote.app.auth.AdminDao;
import com.promote.app.auth.PasswordHasher;
import com.promote.engine.communities.CommunityDao;
import com.promote.engine.communities.NewCommunity;
import com.promote.engine.crm.NewPerson;
import com.promote.engine.crm.PersonDao;
import com.promote.engine.groups.GroupDao;
import com.promote.engine.teams.TeamDao;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A community worth promoting from: leads and contacts (some with a team name that matches
 * an existing team, some sharing a new one, some with none), two teams and three groups.
 * Seeding twice adds nothing; the demo admin gets a fresh password each start.
 */
public final class DemoData {
    public static final String ADMIN = "demo";
    public static final String COMMUNITY = "Demo Coworking";

    public record Credentials(String username, String password) {
    }

    private final Services services;

    public DemoData(Services services) {
        this.services = services;
    }

    public Credentials seed() {
        String password = PasswordHasher.randomPassword();
        String hash = services.hasher().hash(password);
        services.jdbi().useTransaction(h -> {
            AdminDao admins = h.attach(AdminDao.class);
            long adminId = admins.findByUsername(ADMIN).map(a -> {
                admins.setPassword(a.id(), hash);
                return a.id();
            }).orElseGet(() -> admins.insert(ADMIN, hash));
            boolean exists = admins.communitiesOf(adminId).stream().anyMatch(c -> c.name().equals(COMMUNITY));
            if (!exists) {
                long communityId = h.attach(CommunityDao.class).insert(
                        new NewCommunity(COMMUNITY, "America/New_York",
                                services.extensions().registry().serves(CommunitySetting.BILLING_ENABLED), 1));
                admins.bind(communityId, adminId);
                seedCommunity(h, communityId);
                CommunityInfo info = h.attach(CommunityDao.class).find(communityId).orElseThrow().info();
                services.extensions().demoSeeders().forEach(seeder -> seeder.seed(h, info));
            }
        });
        return new Credentials(ADMIN, password);
    }

    private static void seedCommunity(Handle h, long communityId) {
        GroupDao groups = h.attach(GroupDao.class);
        List.of("Group Blue", "Group A", "Phone Booths").forEach(g -> groups.insert(communityId, g));
        TeamDao teams = h.attach(TeamDao.class);
        teams.insert(communityId, "Acme Robotics", null);
        teams.insert(communityId, "Night Owls", null);
        PersonDao people = h.attach(PersonDao.class);
        LocalDate soon = LocalDate.of(2026, 6, 1);
        Object[][] rows = {
            {"lead", "Ada", "Lovelace", "ada@analytical.example", "Analytical Engines", "Website"},
            {"lead", "Charles", "Babbage", "charles@analytical.example", "Analytical Engines", "Referral"},
            {"lead", "Grace", "Hopper", "grace@navy.example", "Acme Robotics", "Tour"},
            {"lead", "Alan", "Turing", "alan@bletchley.example", null, "Website"},
            {"lead", "Katherine", "Johnson", "katherine@nasa.example", "acme robotics", "Event"},
            {"lead", "Hedy", "Lamarr", "hedy@spread.example", "Spread Spectrum", "Walk-in"},
            {"contact", "Linus", "Torvalds", "linus@kernel.example", "Kernel Hackers", "Website"},
            {"contact", "Margaret", "Hamilton", "margaret@apollo.example", "Apollo", "Referral"},
            {"contact", "Dennis", "Ritchie", "dennis@bell.example", "Bell Labs", "Event"},
            {"contact", "Barbara", "Liskov", "barbara@mit.example", null, "Website"},
        };
        for (Object[] r : rows) {
            people.insert(communityId, new NewPerson((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    "+1 555 0100", (String) r[4], (String) r[5], "Seeded by the demo", soon, soon.plusDays(3)));
        }
    }
}
