package com.promote.engine.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.promote.api.MemberFields;
import com.promote.api.PromoteModule;
import com.promote.engine.communities.Community;
import com.promote.engine.roompermissions.RoomPermissionsModule;
import com.promote.engine.testing.CoreSchema;
import com.promote.engine.testing.Fixture;
import com.promote.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A member's groups and custom fields come from the extensions that own them
 * ({@link MemberFields}), never from the core: without an extension installed, its field is
 * not there at all. One subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MemberFieldsContract {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private TestDatabase db;
    private Fixture f;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open() {
        db = CoreSchema.on(TestDatabase.create(kind()));
        f = new Fixture(db.jdbi());
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void theBuiltInExtensionsAddGroupsThenCustomFieldsInOneReadEachForAPage() {
        Community c = promoted();
        MemberReader reader = new MemberReader(installed(Fixture.modules(null)));
        assertThat(reader.addedNames()).containsExactly("groups", "customFields");

        AtomicInteger queries = new AtomicInteger();
        List<MemberView> page = db.jdbi().withHandle(h -> reader.page(counting(h, queries), c.id(), 0, 50));

        assertThat(queries.get()).as("the members, then one read per extension, for three members").isEqualTo(3);
        Map<String, MemberView> byEmail = byEmail(page);
        assertThat(byEmail.get("ada@x.org").added()).containsExactly(
                Map.entry("groups", List.of("Group Blue", "Group Red")),
                Map.entry("customFields", Map.of("Key Fob", "7", "Parking", "B2")));
        assertThat(byEmail.get("charles@x.org").added())
                .containsExactly(Map.entry("groups", List.of()), Map.entry("customFields", Map.of()));
        JsonNode ada = JSON.valueToTree(byEmail.get("ada@x.org"));
        assertThat(ada.get("groups").toString()).isEqualTo("[\"Group Blue\",\"Group Red\"]");
        assertThat(ada.get("customFields").toString()).isEqualTo("{\"Key Fob\":\"7\",\"Parking\":\"B2\"}");
        assertThat(ada.has("added")).isFalse();
    }

    @Test
    void withoutRoomPermissionsInstalledAMemberHasNoGroupsField() {
        Community c = promoted();
        List<PromoteModule> withoutRooms = Fixture.modules(null).stream()
                .filter(m -> !(m instanceof RoomPermissionsModule)).toList();
        MemberReader reader = new MemberReader(installed(withoutRooms));
        long ada = f.member(c, "ada@x.org").id();

        MemberView member = db.jdbi().withHandle(h -> reader.find(h, c.id(), ada)).orElseThrow();

        assertThat(f.groupsOf(ada)).as("the rows are still there").containsExactly("Group Blue", "Group Red");
        assertThat(member.added()).containsExactly(Map.entry("customFields", Map.of("Key Fob", "7", "Parking", "B2")));
        JsonNode json = JSON.valueToTree(member);
        assertThat(json.has("groups")).isFalse();
        assertThat(json.get("email").asText()).isEqualTo("ada@x.org");

        MemberView bare = db.jdbi().withHandle(h -> new MemberReader(List.of()).find(h, c.id(), ada)).orElseThrow();
        assertThat(JSON.<JsonNode>valueToTree(bare).has("customFields")).isFalse();
        assertThat(bare.added()).isEmpty();
    }

    /** A field of an extension written here ("lockers", in a table of its own) shows with no change to the core. */
    @Test
    void anExtensionsOwnFieldShowsBesideTheBuiltInOnes() {
        Community c = promoted();
        long ada = f.member(c, "ada@x.org").id();
        db.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE IF NOT EXISTS test_lockers (member_id BIGINT NOT NULL, locker VARCHAR(20) NOT NULL)");
            h.execute("INSERT INTO test_lockers (member_id, locker) VALUES (?, ?)", ada, "L-12");
        });
        List<MemberFields> fields = new ArrayList<>(installed(Fixture.modules(null)));
        fields.add(new Lockers());
        MemberReader reader = new MemberReader(fields);

        Map<String, MemberView> byEmail = byEmail(db.jdbi().withHandle(h -> reader.page(h, c.id(), 0, 50)));

        assertThat(reader.addedNames()).containsExactly("groups", "locker", "customFields");
        assertThat(byEmail.get("ada@x.org").added().get("locker")).isEqualTo("L-12");
        assertThat(byEmail.get("charles@x.org").added()).containsEntry("locker", null);
    }

    private static final class Lockers implements MemberFields {
        @Override
        public List<String> names() {
            return List.of("locker");
        }

        @Override
        public int order() {
            return 500;
        }

        @Override
        public Map<Long, Map<String, Object>> read(Handle handle, long communityId, List<Long> memberIds) {
            Map<Long, Map<String, Object>> out = new HashMap<>();
            handle.createQuery("SELECT member_id, locker FROM test_lockers WHERE member_id IN (<ids>)")
                    .bindList("ids", memberIds)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> out.put(e.getKey(), Map.of("locker", e.getValue())));
            return out;
        }
    }

    /** Two promoted members (one with groups and fields, one with none) and the team admin of a new team. */
    private Community promoted() {
        Community c = f.community();
        f.group(c, "Group Blue");
        f.group(c, "Group Red");
        f.lead(c, "Ada", "Lovelace", "ada@x.org", "Engines");
        f.lead(c, "Charles", "Babbage", "charles@x.org", "Engines");
        var p = f.run(c, "email,Room Permissions,Key Fob,Parking\nada@x.org,\"Group Red, Group Blue\",7,B2\n"
                + "charles@x.org,,,\n");
        assertThat(p.promoted()).isEqualTo(2);
        return c;
    }

    private static Set<MemberFields> installed(List<PromoteModule> modules) {
        return Fixture.injector(modules).getInstance(Key.get(new TypeLiteral<Set<MemberFields>>() { }));
    }

    private static Handle counting(Handle h, AtomicInteger queries) {
        h.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                queries.incrementAndGet();
            }
        });
        return h;
    }

    private static Map<String, MemberView> byEmail(List<MemberView> members) {
        Map<String, MemberView> out = new HashMap<>();
        members.forEach(m -> out.put(m.email(), m));
        return out;
    }
}
