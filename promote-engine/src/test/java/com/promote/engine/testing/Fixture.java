package com.promote.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.promote.api.PromoteModule;
import com.promote.api.RowExtension;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.communities.Community;
import com.promote.engine.communities.CommunityDao;
import com.promote.engine.communities.NewCommunity;
import com.promote.engine.crm.NewPerson;
import com.promote.engine.crm.Person;
import com.promote.engine.crm.PersonDao;
import com.promote.engine.extensions.ExtensionLoader;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.groups.GroupDao;
import com.promote.engine.members.Member;
import com.promote.engine.members.MemberDao;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionRunner;
import com.promote.engine.promotions.PromotionService;
import com.promote.engine.promotions.PromotionView;
import com.promote.engine.teams.Team;
import com.promote.engine.teams.TeamDao;
import com.promote.engine.undo.UndoProgress;
import com.promote.engine.undo.UndoService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;

/**
 * Builds the data a promotion test needs through the real DAOs, and runs promotions to the
 * end synchronously: upload through {@link PromotionService} (its nudge does nothing), then
 * {@link PromotionRunner#runOne()} on a runner that was never started.
 */
public final class Fixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    public static final long ADMIN_ID = 42;
    private static final AtomicInteger SEQ = new AtomicInteger();

    public final Jdbi jdbi;
    public final ExtensionRegistry registry;
    public final PromotionService service;
    public final PromotionRunner runner;

    public Fixture(Jdbi jdbi) {
        this(jdbi, defaultRegistry(), 500, 50L * 1024 * 1024);
    }

    public Fixture(Jdbi jdbi, ExtensionRegistry registry, int batchSize, long maxUploadBytes) {
        this.jdbi = jdbi;
        this.registry = registry;
        this.service = new PromotionService(jdbi, registry, PromoteClock.fixedAt(TODAY), maxUploadBytes, () -> { });
        this.runner = newRunner(batchSize, Duration.ofSeconds(30));
    }

    public PromotionRunner newRunner(int batchSize, Duration staleAfter) {
        return new PromotionRunner(jdbi, registry,
                new PromotionRunner.Settings(1, batchSize, Duration.ofMillis(50), staleAfter), Clock.systemUTC());
    }

    /** The built-in extensions, found exactly as the app finds them: ServiceLoader, then Guice. */
    public static ExtensionRegistry defaultRegistry() {
        return registryOf(ExtensionLoader.load(Fixture.class.getClassLoader(), null));
    }

    public static ExtensionRegistry registryOf(List<? extends Module> modules) {
        return new ExtensionRegistry(injector(modules).getInstance(Key.get(new TypeLiteral<Set<RowExtension<?>>>() { })));
    }

    public static Injector injector(List<? extends Module> modules) {
        return Guice.createInjector(modules);
    }

    public static List<PromoteModule> modules(Path pluginsDir) {
        return ExtensionLoader.load(Fixture.class.getClassLoader(), pluginsDir);
    }

    // ---- reference data -------------------------------------------------------------------

    public Community community() {
        return community(false);
    }

    public Community community(boolean billingEnabled) {
        long id = jdbi.withExtension(CommunityDao.class, d -> d.insert(new NewCommunity(
                "Community " + SEQ.incrementAndGet(), "Europe/Berlin", billingEnabled, 1).validated()));
        return jdbi.withExtension(CommunityDao.class, d -> d.find(id)).orElseThrow();
    }

    public long lead(Community c, String first, String last, String email, String company) {
        return person(c, new NewPerson("lead", first, last, email, null, company, null, null, null, null));
    }

    public long person(Community c, NewPerson person) {
        return jdbi.withExtension(PersonDao.class, d -> d.insert(c.id(), person.validated()));
    }

    public record ExistingTeam(long id, long adminMemberId) {
    }

    /** A team an admin made before any upload, with an admin member of its own. */
    public ExistingTeam team(Community c, String name) {
        return jdbi.inTransaction(h -> {
            long team = h.attach(TeamDao.class).insert(c.id(), name, null);
            String email = "admin" + SEQ.incrementAndGet() + "@team.example";
            long member = h.createUpdate("INSERT INTO members (community_id, team_id, first_name, last_name, email,"
                            + " email_key, created_at, updated_at) VALUES (:c, :t, 'Team', 'Admin', :e, :e,"
                            + " CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))")
                    .bind("c", c.id()).bind("t", team).bind("e", email)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.attach(TeamDao.class).setAdmin(team, member);
            return new ExistingTeam(team, member);
        });
    }

    public long group(Community c, String name) {
        return jdbi.withExtension(GroupDao.class, d -> d.insert(c.id(), name));
    }

    // ---- promotions -----------------------------------------------------------------------

    public Promotion upload(Community c, String csv, boolean dryRun) {
        return upload(c, "people.csv", csv.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    public Promotion upload(Community c, String fileName, byte[] file, boolean dryRun) {
        try {
            return service.upload(c, ADMIN_ID, fileName, new ByteArrayInputStream(file), dryRun, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads and runs a real promotion to the end; returns what the API would show. */
    public PromotionView run(Community c, String csv) {
        return finish(c, upload(c, csv, false));
    }

    public PromotionView run(Community c, String fileName, byte[] file) {
        return finish(c, upload(c, fileName, file, false));
    }

    public PromotionView preview(Community c, String csv) {
        return finish(c, upload(c, csv, true));
    }

    public PromotionView finish(Community c, Promotion p) {
        runner.runOne();
        PromotionView view = service.view(c.id(), p.id(), 1, null);
        if (!Promotion.SUCCEEDED.equals(view.status())) {
            throw new AssertionError("promotion " + p.id() + " ended " + view.status() + ": " + view.message());
        }
        return view;
    }

    /** Asks for the undo as the API does, then lets the runner do it to the end. */
    public UndoProgress undo(Community c, long promotionId) {
        UndoService undos = new UndoService(jdbi, PromoteClock.fixedAt(TODAY));
        undos.start(c, promotionId, ADMIN_ID);
        runner.runOne();
        return undos.progress(c.id(), promotionId).orElseThrow();
    }

    public String resultsCsv(Community c, long promotionId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            service.writeResultsCsv(c.id(), promotionId, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static JsonNode row(PromotionView view, int number) {
        return view.rows().stream().filter(r -> r.get("row").asInt() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + number + " in " + view.rows()));
    }

    public static List<String> messages(JsonNode row) {
        List<String> out = new ArrayList<>();
        row.get("messages").forEach(m -> out.add(m.asText()));
        return out;
    }

    // ---- what the database holds ----------------------------------------------------------

    /** Emails of the people still in the CRM, in id order. */
    public List<String> liveEmails(Community c) {
        return jdbi.withExtension(PersonDao.class, d -> d.listLive(c.id(), null, 0, 10_000)).stream()
                .map(Person::email).toList();
    }

    public Person person(Community c, long id) {
        return jdbi.withExtension(PersonDao.class, d -> d.find(c.id(), id)).orElseThrow();
    }

    public List<Member> members(Community c) {
        return jdbi.withExtension(MemberDao.class, d -> d.page(c.id(), 0, 10_000));
    }

    /** Promoted members (those with a person they came from) by email. */
    public Map<String, Member> promotedMembers(Community c) {
        Map<String, Member> out = new LinkedHashMap<>();
        members(c).stream().filter(m -> m.promotedFromPersonId() != null).forEach(m -> out.put(m.email(), m));
        return out;
    }

    public Member member(Community c, String email) {
        Member m = promotedMembers(c).get(email);
        if (m == null) {
            throw new AssertionError("no member " + email + " in " + promotedMembers(c).keySet());
        }
        return m;
    }

    public record TeamState(long id, String name, Long adminMemberId, List<Long> memberIds) {
    }

    public Map<String, TeamState> teams(Community c) {
        Map<String, TeamState> out = new TreeMap<>();
        jdbi.useHandle(h -> {
            TeamDao dao = h.attach(TeamDao.class);
            for (Team t : dao.page(c.id(), 0, 10_000)) {
                List<Long> members = h.createQuery("SELECT id FROM members WHERE team_id = :t ORDER BY id")
                        .bind("t", t.id()).mapTo(Long.class).list();
                out.put(t.name(), new TeamState(t.id(), t.name(), t.adminMemberId(), members));
            }
        });
        return out;
    }

    public List<String> groupsOf(long memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT g.name FROM member_groups mg JOIN room_groups g ON g.id = mg.group_id WHERE mg.member_id = :m ORDER BY g.name").bind("m", memberId).mapTo(String.class).list());
    }

    public Map<String, String> customFields(long memberId) {
        Map<String, String> out = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT name, field_value FROM member_custom_fields WHERE member_id = :m")
                .bind("m", memberId).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    public int count(String sql, Community c) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("c", c.id()).mapTo(Integer.class).one());
    }

    public int promotionCount(Community c) {
        return count("SELECT COUNT(*) FROM promotions WHERE community_id = :c", c);
    }

    public int memberGroupLinks(Community c) {
        return count("SELECT COUNT(*) FROM member_groups mg JOIN members m ON m.id = mg.member_id"
                + " WHERE m.community_id = :c", c);
    }

    public int customFieldRows(Community c) {
        return count("SELECT COUNT(*) FROM member_custom_fields f JOIN members m ON m.id = f.member_id"
                + " WHERE m.community_id = :c", c);
    }
}
