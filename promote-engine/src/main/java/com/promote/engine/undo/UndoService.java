package com.promote.engine.undo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.promote.api.CommunityInfo;
import com.promote.api.RowExtension;
import com.promote.api.UndoContext;
import com.promote.engine.activity.ActivityAction;
import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.communities.Community;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionDao;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Undoes a finished promotion within 30 days: each member it created that nobody changed since
 * goes back to the CRM as the very lead or contact it was (same record, same id, dates included),
 * and what the promotion created goes with it: member, every extension's records (through
 * {@link RowExtension#undo}, 500 members at once), the onboarding email, and teams left empty.
 * Work is done 500 members a transaction; the undo is recorded on the promotion.
 */
public final class UndoService {
    public static final Duration WINDOW = Duration.ofDays(30);
    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final Jdbi jdbi;
    private final ExtensionRegistry registry;
    private final PromoteClock clock;
    private final ActivityRecorder activity;

    public UndoService(Jdbi jdbi, ExtensionRegistry registry, PromoteClock clock) {
        this(jdbi, registry, clock, ActivityRecorder.withoutAddress(clock));
    }

    public UndoService(Jdbi jdbi, ExtensionRegistry registry, PromoteClock clock, ActivityRecorder activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.registry = registry;
        this.clock = clock;
    }

    private record PromotedMember(long id, String email, long teamId, boolean changed) {
    }

    public UndoReport undo(Community community, long promotionId, long adminId, boolean dryRun) {
        Promotion promotion = eligible(community.id(), promotionId);
        List<PromotedMember> members = jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, email, team_id, updated_at > created_at AS changed FROM members"
                                + " WHERE community_id = :c AND promotion_id = :p ORDER BY id")
                .bind("c", community.id()).bind("p", promotionId)
                .map((rs, ctx) -> new PromotedMember(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4)))
                .list());
        List<UndoReport.LeftAlone> leftAlone = members.stream().filter(PromotedMember::changed)
                .map(m -> new UndoReport.LeftAlone(m.id(), m.email(), "changed after the promotion"))
                .toList();
        List<Long> restore = members.stream().filter(m -> !m.changed()).map(PromotedMember::id).toList();
        if (dryRun) {
            List<String> teams = jdbi.withHandle(h -> emptiedTeams(h, promotionId, Set.copyOf(restore)));
            return new UndoReport(promotionId, true, restore.size(), leftAlone, teams, null);
        }
        LocalDate today = clock.today(community.zone());
        // Every installed extension, on or off for the community now: it may have written rows back then.
        List<RowExtension<?>> extensions = registry.all();
        for (int from = 0; from < restore.size(); from += BATCH) {
            List<Long> batch = restore.subList(from, Math.min(restore.size(), from + BATCH));
            jdbi.useTransaction(h -> restore(h, community.info(), promotionId, today, extensions, batch));
        }
        Instant now = clock.now();
        return jdbi.inTransaction(h -> {
            List<String> removed = emptiedTeams(h, promotionId, Set.of());
            if (!removed.isEmpty()) {
                List<Long> teamIds = h.createQuery("SELECT id FROM teams WHERE created_by_promotion_id = :p"
                                + " AND name IN (<names>) AND NOT EXISTS (SELECT 1 FROM members m WHERE m.team_id = teams.id)")
                        .bind("p", promotionId).bindList("names", removed).mapTo(Long.class).list();
                UndoContext context = new Context(h, community.info(), today, promotionId, List.of(), teamIds);
                extensions.forEach(e -> e.undo(context));
                h.createUpdate("DELETE FROM teams WHERE created_by_promotion_id = :p AND name IN (<names>)"
                                + " AND NOT EXISTS (SELECT 1 FROM members m WHERE m.team_id = teams.id)")
                        .bind("p", promotionId).bindList("names", removed).execute();
            }
            UndoReport report = new UndoReport(promotionId, false, restore.size(), leftAlone, removed, now);
            int marked = h.createUpdate("UPDATE promotions SET undone_at = :now, undone_by = :admin, undo_report = :report"
                            + " WHERE id = :p AND undone_at IS NULL")
                    .bind("now", now).bind("admin", adminId).bind("report", json(report)).bind("p", promotionId).execute();
            if (marked != 1) {
                throw PromoteException.conflict("promotion " + promotion.id() + " was undone by someone else meanwhile");
            }
            activity.community(h, community.id(), adminId, ActivityAction.UNDO,
                    "promotion " + promotionId + ": " + promotion.fileName(), "restored " + restore.size()
                            + " members to the CRM, left " + leftAlone.size() + " alone, removed "
                            + removed.size() + " teams");
            return report;
        });
    }

    private Promotion eligible(long communityId, long promotionId) {
        Promotion p = jdbi.withExtension(PromotionDao.class, d -> d.find(communityId, promotionId))
                .orElseThrow(() -> PromoteException.notFound("Promotion " + promotionId));
        if (p.dryRun()) {
            throw PromoteException.conflict("promotion " + promotionId + " was a preview: it changed nothing to undo");
        }
        if (!Promotion.SUCCEEDED.equals(p.status())) {
            throw PromoteException.conflict("promotion " + promotionId + " is " + p.status()
                    + "; only a finished promotion can be undone");
        }
        Instant undoneAt = jdbi.withHandle(h -> h.createQuery("SELECT undone_at FROM promotions WHERE id = :p")
                .bind("p", promotionId).mapTo(Instant.class).findOne().orElse(null));
        if (undoneAt != null) {
            throw PromoteException.conflict("promotion " + promotionId + " was undone already, at " + undoneAt);
        }
        if (p.finishedAt() != null && p.finishedAt().plus(WINDOW).isBefore(clock.now())) {
            throw PromoteException.conflict("promotion " + promotionId + " finished more than 30 days ago;"
                    + " it can no longer be undone");
        }
        return p;
    }

    private static void restore(Handle h, CommunityInfo community, long promotionId, LocalDate today,
                                List<RowExtension<?>> extensions, List<Long> memberIds) {
        UndoContext context = new Context(h, community, today, promotionId, List.copyOf(memberIds), List.of());
        for (RowExtension<?> extension : extensions) {
            extension.undo(context);
        }
        h.createUpdate("DELETE FROM onboarding_emails WHERE member_id IN (<ids>)").bindList("ids", memberIds).execute();
        h.createUpdate("UPDATE people SET archived_at = NULL, promoted_to_member_id = NULL"
                + " WHERE promoted_to_member_id IN (<ids>)").bindList("ids", memberIds).execute();
        // A team that keeps members keeps an admin: its longest-standing remaining member.
        h.createUpdate("UPDATE teams SET admin_member_id = (SELECT MIN(m.id) FROM members m WHERE m.team_id = teams.id"
                        + " AND m.id NOT IN (<ids>)) WHERE admin_member_id IN (<ids>)")
                .bindList("ids", memberIds).execute();
        h.createUpdate("DELETE FROM members WHERE id IN (<ids>)").bindList("ids", memberIds).execute();
    }

    /** Teams this promotion created that have (or, previewed, would have) no members left. */
    private static List<String> emptiedTeams(Handle h, long promotionId, Set<Long> leaving) {
        Map<String, Boolean> keepsMembers = new LinkedHashMap<>();
        h.createQuery("SELECT t.name, m.id FROM teams t LEFT JOIN members m ON m.team_id = t.id"
                        + " WHERE t.created_by_promotion_id = :p ORDER BY t.id")
                .bind("p", promotionId)
                .map((rs, ctx) -> {
                    long member = rs.getLong(2);
                    boolean stays = !rs.wasNull() && !leaving.contains(member);
                    return Map.entry(rs.getString(1), stays);
                })
                .forEach(e -> keepsMembers.merge(e.getKey(), e.getValue(), Boolean::logicalOr));
        return keepsMembers.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
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
