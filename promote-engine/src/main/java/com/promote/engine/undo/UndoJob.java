package com.promote.engine.undo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.promote.api.CommunityInfo;
import com.promote.api.RowExtension;
import com.promote.api.UndoContext;
import com.promote.engine.activity.ActivityAction;
import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.communities.Community;
import com.promote.engine.communities.CommunityDao;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionDao;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs one claimed undo: the promotion's members in id order, a batch at a time. Each batch is
 * one transaction holding everything it did (members back to the CRM, what extensions wrote,
 * onboarding emails, emptied teams, the left-alone list) and the job's cursor and counts, so a
 * runner killed at any point leaves the undo exactly after its last committed batch and the
 * next runner goes on from there: no member restored twice, none forgotten. Every statement is
 * set-based over the batch, never one per member.
 */
public final class UndoJob {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    static final String CHANGED = "changed after the promotion";

    /** Another runner holds the undo now (this one looked dead): it wrote nothing and stops. */
    public static final class ClaimLost extends RuntimeException {
        ClaimLost(long promotionId) {
            super("undo of promotion " + promotionId + " was taken over by another runner");
        }
    }

    private final Jdbi jdbi;
    private final List<RowExtension<?>> extensions;
    private final long promotionId;
    private final String runnerId;
    private final BooleanSupplier stopping;
    private final int batchSize;
    private final Clock clock;
    private final ActivityRecorder activity;

    UndoJob(Jdbi jdbi, List<RowExtension<?>> extensions, long promotionId, String runnerId, BooleanSupplier stopping,
            int batchSize, Clock clock, ActivityRecorder activity) {
        this.jdbi = jdbi;
        this.extensions = extensions;
        this.promotionId = promotionId;
        this.runnerId = runnerId;
        this.stopping = stopping;
        this.batchSize = batchSize;
        this.clock = clock;
        this.activity = activity;
    }

    public long promotionId() {
        return promotionId;
    }

    /** True once the undo is done and recorded; false when the runner is stopping (hand it back). */
    public boolean run() {
        UndoJobRow job = jdbi.withExtension(UndoJobDao.class, d -> d.get(promotionId)).orElseThrow();
        Community community = jdbi.withExtension(CommunityDao.class, d -> d.find(job.communityId())).orElseThrow();
        long cursor = job.lastMemberId();
        while (true) {
            if (stopping.getAsBoolean()) {
                return false;
            }
            long from = cursor;
            Long next = jdbi.inTransaction(h -> batch(h, community.info(), job.undoDate(), from));
            if (next == null) {
                break;
            }
            cursor = next;
        }
        jdbi.useTransaction(h -> finish(h, community, job));
        return true;
    }

    private record PromotedMember(long id, String email, long teamId, Long personId, boolean changed) {
    }

    /** One batch after member {@code from}; answers the new cursor, or null when no member is left. */
    private Long batch(Handle h, CommunityInfo community, LocalDate undoDate, long from) {
        List<PromotedMember> members = h.createQuery("SELECT id, email, team_id, promoted_from_person_id,"
                        + " updated_at > created_at AS changed FROM members WHERE promotion_id = :p AND id > :from"
                        + " ORDER BY id LIMIT :n")
                .bind("p", promotionId).bind("from", from).bind("n", batchSize)
                .map((rs, ctx) -> {
                    long person = rs.getLong(4);
                    Long personId = rs.wasNull() ? null : person;
                    return new PromotedMember(rs.getLong(1), rs.getString(2), rs.getLong(3), personId, rs.getBoolean(5));
                })
                .list();
        if (members.isEmpty()) {
            return null;
        }
        List<PromotedMember> leaving = members.stream().filter(m -> !m.changed()).toList();
        List<PromotedMember> staying = members.stream().filter(PromotedMember::changed).toList();
        if (!leaving.isEmpty()) {
            restore(h, community, undoDate, leaving);
        }
        if (!staying.isEmpty()) {
            var insert = h.prepareBatch("INSERT INTO promotion_undo_left_alone (promotion_id, member_id, email, reason)"
                    + " VALUES (:p, :m, :email, :reason)");
            staying.forEach(m -> insert.bind("p", promotionId).bind("m", m.id()).bind("email", m.email())
                    .bind("reason", CHANGED).add());
            insert.execute();
        }
        long last = members.get(members.size() - 1).id();
        if (h.attach(UndoJobDao.class).advance(promotionId, runnerId, from, last, members.size(), leaving.size()) != 1) {
            throw new ClaimLost(promotionId);
        }
        return last;
    }

    private void restore(Handle h, CommunityInfo community, LocalDate undoDate, List<PromotedMember> leaving) {
        List<Long> ids = leaving.stream().map(PromotedMember::id).toList();
        List<Long> teams = leaving.stream().map(PromotedMember::teamId).distinct().toList();
        List<Long> people = leaving.stream().map(PromotedMember::personId).filter(Objects::nonNull).toList();
        UndoContext context = new Context(h, community, undoDate, promotionId, ids, List.of());
        extensions.forEach(e -> e.undo(context));
        h.createUpdate("DELETE FROM onboarding_emails WHERE member_id IN (<ids>)").bindList("ids", ids).execute();
        if (!people.isEmpty()) {
            // By the person's id (its primary key): promoted_to_member_id has no index.
            h.createUpdate("UPDATE people SET archived_at = NULL, promoted_to_member_id = NULL"
                            + " WHERE id IN (<people>) AND promoted_to_member_id IN (<ids>)")
                    .bindList("people", people).bindList("ids", ids).execute();
        }
        // A team that keeps members keeps an admin: its longest-standing remaining member.
        h.createUpdate("UPDATE teams SET admin_member_id = (SELECT MIN(m.id) FROM members m WHERE m.team_id = teams.id"
                        + " AND m.id NOT IN (<ids>)) WHERE id IN (<teams>) AND admin_member_id IN (<ids>)")
                .bindList("ids", ids).bindList("teams", teams).execute();
        h.createUpdate("DELETE FROM members WHERE id IN (<ids>)").bindList("ids", ids).execute();
        removeEmptiedTeams(h, community, undoDate, teams);
    }

    /** The promotion's teams among {@code candidates} that no member is left in go, with what extensions keep for them. */
    private void removeEmptiedTeams(Handle h, CommunityInfo community, LocalDate undoDate, List<Long> candidates) {
        record Team(long id, String name) {
        }
        List<Team> emptied = h.createQuery("SELECT id, name FROM teams WHERE id IN (<teams>)"
                        + " AND created_by_promotion_id = :p AND NOT EXISTS (SELECT 1 FROM members m WHERE m.team_id = teams.id)"
                        + " ORDER BY id")
                .bindList("teams", candidates).bind("p", promotionId)
                .map((rs, ctx) -> new Team(rs.getLong(1), rs.getString(2))).list();
        if (emptied.isEmpty()) {
            return;
        }
        List<Long> ids = emptied.stream().map(Team::id).toList();
        UndoContext context = new Context(h, community, undoDate, promotionId, List.of(), ids);
        extensions.forEach(e -> e.undo(context));
        var record = h.prepareBatch("INSERT INTO promotion_undo_teams (promotion_id, team_id, name) VALUES (:p, :t, :name)");
        emptied.forEach(t -> record.bind("p", promotionId).bind("t", t.id()).bind("name", t.name()).add());
        record.execute();
        h.createUpdate("DELETE FROM teams WHERE id IN (<ids>)").bindList("ids", ids).execute();
    }

    /**
     * The promotion's teams emptied otherwise (their members moved to other teams since, and were
     * left alone) go too, then the undo is recorded on the promotion and in the activity log.
     */
    private void finish(Handle h, Community community, UndoJobRow job) {
        while (true) {
            List<Long> rest = h.createQuery("SELECT id FROM teams WHERE created_by_promotion_id = :p"
                            + " AND NOT EXISTS (SELECT 1 FROM members m WHERE m.team_id = teams.id) ORDER BY id LIMIT :n")
                    .bind("p", promotionId).bind("n", batchSize).mapTo(Long.class).list();
            if (rest.isEmpty()) {
                break;
            }
            removeEmptiedTeams(h, community.info(), job.undoDate(), rest);
        }
        UndoJobDao dao = h.attach(UndoJobDao.class);
        Instant now = clock.instant();
        if (dao.finish(promotionId, runnerId, Promotion.SUCCEEDED, null, now) != 1) {
            throw new ClaimLost(promotionId);
        }
        UndoJobRow done = dao.get(promotionId).orElseThrow();
        List<UndoReport.LeftAlone> leftAlone = dao.leftAlone(promotionId);
        List<String> teams = dao.teamsRemoved(promotionId);
        UndoReport report = new UndoReport(promotionId, false, done.restored(), leftAlone, teams, now);
        h.createUpdate("UPDATE promotions SET undone_at = :now, undone_by = :admin, undo_report = :report WHERE id = :p")
                .bind("now", now).bind("admin", done.adminId()).bind("report", json(report)).bind("p", promotionId)
                .execute();
        Promotion promotion = h.attach(PromotionDao.class).get(promotionId).orElseThrow();
        activity.community(h, community.id(), done.adminId(), ActivityAction.UNDO,
                "promotion " + promotionId + ": " + promotion.fileName(), "restored " + done.restored()
                        + " members to the CRM, left " + leftAlone.size() + " alone, removed " + teams.size() + " teams");
    }

    /** Marks the undo failed (only while this runner holds it), saying why. */
    public void fail(String message) {
        jdbi.useExtension(UndoJobDao.class, d -> d.finish(promotionId, runnerId, Promotion.FAILED, message,
                clock.instant()));
    }

    /** Hands the undo back to the queue: it goes on from its last committed batch. */
    public void release() {
        jdbi.useExtension(UndoJobDao.class, d -> d.release(promotionId, runnerId));
    }

    private static String json(UndoReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Context(Handle handle, CommunityInfo community, LocalDate today, long promotionId,
                           List<Long> memberIds, List<Long> teamIds) implements UndoContext {
    }
}
