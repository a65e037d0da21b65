package com.promote.engine.promotions;

import com.promote.api.AppliedRow;
import com.promote.api.RowExtension;
import com.promote.engine.crm.EmailKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The fast path: writes a whole batch of planned rows with a few JDBC batches instead of a
 * handful of statements per row. Any failure throws, and the caller rolls the batch back and
 * applies its rows one by one ({@link RowApplier}), each in a savepoint.
 */
final class BatchApplier {
    private final RunContext run;

    BatchApplier(RunContext run) {
        this.run = run;
    }

    void apply(Handle h, List<PlannedRow> rows, List<Runnable> afterCommit) {
        long communityId = run.community.id();
        Map<String, Long> teamIds = createTeams(h, rows);
        PreparedBatch members = h.prepareBatch("INSERT INTO members (community_id, team_id, first_name, last_name,"
                + " email, email_key, phone, source, notes, promoted_from_person_id, promotion_id, created_at, updated_at)"
                + " VALUES (:c, :team, :first, :last, :email, :key, :phone, :source, :notes, :person, :promotion,"
                + " CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))");
        List<String> keys = new ArrayList<>(rows.size());
        for (PlannedRow row : rows) {
            Map<String, String> v = row.memberValues();
            String key = EmailKey.of(v.get("email"));
            keys.add(key);
            members.bind("c", communityId).bind("team", teamIds.get(row.teamName())).bind("first", v.get("firstName"))
                    .bind("last", v.get("lastName")).bind("email", v.get("email")).bind("key", key)
                    .bind("phone", v.get("phone")).bind("source", v.get("source")).bind("notes", v.get("notes"))
                    .bind("person", row.person().id()).bind("promotion", run.promotion.id()).add();
        }
        members.execute();
        Map<String, Long> memberIds = new HashMap<>();
        h.createQuery("SELECT id, email_key FROM members WHERE community_id = :c AND email_key IN (<keys>)")
                .bind("c", communityId).bindList("keys", keys)
                .map((rs, ctx) -> Map.entry(rs.getString(2), rs.getLong(1)))
                .forEach(e -> memberIds.put(e.getKey(), e.getValue()));

        Map<RowExtension<Object>, List<AppliedRow<Object>>> byExtension = new LinkedHashMap<>();
        Set<Long> newTeams = new LinkedHashSet<>();
        List<Long> personIds = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PlannedRow row = rows.get(i);
            long memberId = memberIds.get(keys.get(i));
            long teamId = teamIds.get(row.teamName());
            // The first row of a new team (members are inserted in file order) is its admin.
            boolean created = run.teams.createdInBatch(row.teamName()) && newTeams.add(teamId);
            personIds.add(row.person().id());
            RowResult result = row.result();
            result.result = RowResult.PROMOTED;
            result.memberId = memberId;
            result.teamId = teamId;
            result.teamCreated = created;
            result.teamAdmin = created;
            RowApplyContext context = new RowApplyContext(run, h, memberId, teamId, created, result.row, afterCommit);
            for (PlannedRow.ExtensionPlan plan : row.plans()) {
                byExtension.computeIfAbsent(plan.extension(), e -> new ArrayList<>())
                        .add(new AppliedRow<>(plan.plan(), context));
            }
        }
        if (!newTeams.isEmpty()) {
            h.createUpdate("UPDATE teams SET admin_member_id = (SELECT MIN(m.id) FROM members m WHERE m.team_id = teams.id)"
                    + " WHERE id IN (<ids>)").bindList("ids", new ArrayList<>(newTeams)).execute();
        }
        int archived = h.createUpdate("UPDATE people SET archived_at = CURRENT_TIMESTAMP(3), promoted_to_member_id ="
                        + " (SELECT m.id FROM members m WHERE m.promoted_from_person_id = people.id AND m.promotion_id = :p)"
                        + " WHERE id IN (<ids>) AND archived_at IS NULL")
                .bind("p", run.promotion.id()).bindList("ids", personIds).execute();
        if (archived != personIds.size()) {
            throw new RowApplier.RowRejected("a lead or contact of this batch was promoted by another upload meanwhile");
        }
        for (RowExtension<?> extension : run.columns.enabledExtensions()) {
            List<AppliedRow<Object>> applied = byExtension.get(extension);
            if (applied != null) {
                @SuppressWarnings("unchecked")
                RowExtension<Object> ext = (RowExtension<Object>) extension;
                ext.applyAll(applied);
            }
        }
        if (run.promotion.sendOnboardingEmails()) {
            PreparedBatch outbox = h.prepareBatch("INSERT INTO onboarding_emails (community_id, member_id, promotion_id,"
                    + " status, attempts, next_attempt_at, created_at)"
                    + " VALUES (:c, :m, :p, 'waiting', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))");
            memberIds.values().forEach(m -> outbox.bind("c", communityId).bind("m", m).bind("p", run.promotion.id()).add());
            outbox.execute();
        }
    }

    /** Every team the batch names, creating (in one batch) those that do not exist yet. */
    private Map<String, Long> createTeams(Handle h, List<PlannedRow> rows) {
        Map<String, Long> ids = new HashMap<>();
        List<String> toCreate = new ArrayList<>();
        for (PlannedRow row : rows) {
            String name = row.teamName();
            if (ids.containsKey(name) || toCreate.contains(name)) {
                continue;
            }
            Long known = run.teams.knownId(name);
            if (known != null) {
                ids.put(name, known);
            } else {
                toCreate.add(name);
            }
        }
        if (!toCreate.isEmpty()) {
            PreparedBatch insert = h.prepareBatch("INSERT INTO teams (community_id, name, created_by_promotion_id,"
                    + " created_at) VALUES (:c, :name, :p, CURRENT_TIMESTAMP(3))");
            toCreate.forEach(n -> insert.bind("c", run.community.id()).bind("name", n).bind("p", run.promotion.id()).add());
            insert.execute();
            h.createQuery("SELECT id, name FROM teams WHERE community_id = :c AND name IN (<names>)")
                    .bind("c", run.community.id()).bindList("names", toCreate)
                    .map((rs, ctx) -> Map.entry(rs.getString(2), rs.getLong(1)))
                    .forEach(e -> {
                        ids.put(e.getKey(), e.getValue());
                        run.teams.markCreated(e.getKey(), e.getValue());
                    });
        }
        return ids;
    }
}
