package com.promote.engine.promotions.apply;

import com.promote.api.PromotedRow;
import com.promote.engine.crm.EmailKey;
import com.promote.engine.promotions.plan.RowDecision;
import com.promote.engine.promotions.plan.RunContext;
import com.promote.engine.promotions.report.RowResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The one write path: writes planned rows, one or a whole batch, with a few JDBC batches:
 * teams that do not exist yet, members, the teams' admins, the people out of the CRM, every
 * extension's rows ({@link InsertBatches}) and the onboarding emails. Anything failing
 * throws; the caller rolls back (the batch's transaction, or one row's savepoint).
 */
public final class BatchWriter {
    private final RunContext run;

    public BatchWriter(RunContext run) {
        this.run = run;
    }

    /** What was written for one row. */
    public record Written(RowDecision.Planned row, long memberId, long teamId, boolean teamCreated) {
        public RowResult result() {
            return RowResult.promoted(row, memberId, teamId, teamCreated);
        }
    }

    /** A row that cannot be written for a reason a person can act on. */
    public static final class RowRejected extends RuntimeException {
        public RowRejected(String message) {
            super(message);
        }
    }

    public List<Written> write(Handle h, List<RowDecision.Planned> rows, List<Runnable> afterCommit) {
        long communityId = run.community.id();
        Set<String> newTeams = createTeams(h, rows);
        PreparedBatch members = h.prepareBatch("INSERT INTO members (community_id, team_id, first_name, last_name,"
                + " email, email_key, phone, source, notes, promoted_from_person_id, promotion_id, created_at, updated_at)"
                + " VALUES (:c, :team, :first, :last, :email, :key, :phone, :source, :notes, :person, :promotion,"
                + " CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))");
        for (RowDecision.Planned row : rows) {
            Map<String, String> v = row.memberValues();
            members.bind("c", communityId).bind("team", run.teams.knownId(row.teamName()))
                    .bind("first", v.get("firstName")).bind("last", v.get("lastName")).bind("email", v.get("email"))
                    .bind("key", EmailKey.of(v.get("email"))).bind("phone", v.get("phone"))
                    .bind("source", v.get("source")).bind("notes", v.get("notes"))
                    .bind("person", row.person().id()).bind("promotion", run.promotion.id()).add();
        }
        List<Long> memberIds = members.executePreparedBatch("id").mapTo(Long.class).list();
        if (memberIds.size() != rows.size()) {
            throw new IllegalStateException(rows.size() + " members inserted but " + memberIds.size() + " ids came back");
        }

        List<Written> written = new ArrayList<>(rows.size());
        Set<String> admins = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            RowDecision.Planned row = rows.get(i);
            // The first row of a new team (members are inserted in file order) is its admin.
            boolean created = newTeams.contains(row.teamName()) && admins.add(row.teamName());
            written.add(new Written(row, memberIds.get(i), run.teams.knownId(row.teamName()), created));
        }
        if (!newTeams.isEmpty()) {
            h.createUpdate("UPDATE teams SET admin_member_id = (SELECT MIN(m.id) FROM members m WHERE m.team_id = teams.id)"
                    + " WHERE id IN (<ids>)").bindList("ids", written.stream().filter(Written::teamCreated)
                    .map(Written::teamId).toList()).execute();
        }
        archivePeople(h, written);
        writeExtensions(h, written, afterCommit);
        if (run.promotion.sendOnboardingEmails()) {
            PreparedBatch outbox = h.prepareBatch("INSERT INTO onboarding_emails (community_id, member_id, promotion_id,"
                    + " status, attempts, next_attempt_at, created_at)"
                    + " VALUES (:c, :m, :p, 'waiting', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))");
            written.forEach(w -> outbox.bind("c", communityId).bind("m", w.memberId()).bind("p", run.promotion.id())
                    .add());
            outbox.execute();
        }
        return written;
    }

    /**
     * Takes the batch's people out of the CRM, each by its primary key with the member it became:
     * one JDBC batch, no scan, no lookup of the members just written.
     */
    private void archivePeople(Handle h, List<Written> written) {
        PreparedBatch archive = h.prepareBatch("UPDATE people SET archived_at = CURRENT_TIMESTAMP(3),"
                + " promoted_to_member_id = :m WHERE id = :id AND archived_at IS NULL");
        written.forEach(w -> archive.bind("m", w.memberId()).bind("id", w.row().person().id()).add());
        int archived = 0;
        for (int count : archive.execute()) {
            archived += count;
        }
        if (archived != written.size()) {
            throw new RowRejected(written.size() == 1 ? "this lead or contact was promoted by another upload meanwhile"
                    : "a lead or contact of this batch was promoted by another upload meanwhile");
        }
    }

    private void writeExtensions(Handle h, List<Written> written, List<Runnable> afterCommit) {
        InsertBatches inserts = new InsertBatches();
        for (int i = 0; i < written.size(); i++) {
            Written w = written.get(i);
            PromotedRow row = new PromotedRow(run.community, run.today, run.promotion.id(), w.row().facts().row(),
                    w.memberId(), w.teamId(), w.teamCreated());
            for (RowDecision.ExtensionPlan plan : w.row().plans()) {
                plan.extension().write(plan.plan(), row, inserts.forRow(plan.extension(), i, afterCommit));
            }
        }
        inserts.execute(h);
    }

    /** Creates, in one JDBC batch, the batch's teams that do not exist; returns their names. */
    private Set<String> createTeams(Handle h, List<RowDecision.Planned> rows) {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(RowDecision.Planned::teamName).toList()));
        List<String> toCreate = run.teams.toCreate(h, names);
        if (toCreate.isEmpty()) {
            return Set.of();
        }
        PreparedBatch insert = h.prepareBatch("INSERT INTO teams (community_id, name, created_by_promotion_id,"
                + " created_at) VALUES (:c, :name, :p, CURRENT_TIMESTAMP(3))");
        toCreate.forEach(n -> insert.bind("c", run.community.id()).bind("name", n).bind("p", run.promotion.id()).add());
        List<Long> ids = insert.executePreparedBatch("id").mapTo(Long.class).list();
        for (int i = 0; i < toCreate.size(); i++) {
            run.teams.markCreated(toCreate.get(i), ids.get(i));
        }
        return new LinkedHashSet<>(toCreate);
    }
}
