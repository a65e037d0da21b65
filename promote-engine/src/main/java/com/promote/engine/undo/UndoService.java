package com.promote.engine.undo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.promote.api.RowExtension;
import com.promote.engine.activity.ActivityAction;
import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.communities.Community;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionDao;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Undoes a finished promotion within 30 days: each member it created that nobody changed since
 * goes back to the CRM as the very lead or contact it was (same record, same id, dates included),
 * and what the promotion created goes with it: member, every extension's records (through
 * {@link RowExtension#undo}, 500 members at once), the onboarding email, and teams left empty.
 * Asking for it queues an undo job ({@link UndoJob}, run by the promotion runner); a preview
 * answers at once and writes nothing.
 */
public final class UndoService {
    public static final Duration WINDOW = Duration.ofDays(30);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final Jdbi jdbi;
    private final PromoteClock clock;
    private final ActivityRecorder activity;
    private final Runnable nudge;

    public UndoService(Jdbi jdbi, PromoteClock clock) {
        this(jdbi, clock, ActivityRecorder.withoutAddress(clock), () -> { });
    }

    /** {@code nudge} tells the runner to look at its queue now rather than at its next poll. */
    public UndoService(Jdbi jdbi, PromoteClock clock, ActivityRecorder activity, Runnable nudge) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.clock = clock;
        this.nudge = nudge;
    }

    private record PromotedMember(long id, String email, boolean changed) {
    }

    /** What undoing the promotion now would do; writes nothing. */
    public UndoReport preview(Community community, long promotionId) {
        eligible(community.id(), promotionId);
        jdbi.withExtension(UndoJobDao.class, d -> d.get(promotionId))
                .filter(job -> !Promotion.FAILED.equals(job.status()))
                .ifPresent(job -> {
                    throw PromoteException.conflict("promotion " + promotionId + " is being undone already ("
                            + job.status() + ")");
                });
        List<PromotedMember> members = jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, email, updated_at > created_at AS changed FROM members"
                                + " WHERE community_id = :c AND promotion_id = :p ORDER BY id")
                .bind("c", community.id()).bind("p", promotionId)
                .map((rs, ctx) -> new PromotedMember(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list());
        List<UndoReport.LeftAlone> leftAlone = members.stream().filter(PromotedMember::changed)
                .map(m -> new UndoReport.LeftAlone(m.id(), m.email(), UndoJob.CHANGED))
                .toList();
        Set<Long> restore = members.stream().filter(m -> !m.changed()).map(PromotedMember::id)
                .collect(Collectors.toSet());
        List<String> teams = jdbi.withHandle(h -> emptiedTeams(h, promotionId, restore));
        return new UndoReport(promotionId, true, restore.size(), leftAlone, teams, null);
    }

    /**
     * Queues the undo (a failed one goes on from where it stopped) and answers its progress;
     * {@code 409} when the promotion cannot be undone or is being undone already.
     */
    public UndoProgress start(Community community, long promotionId, long adminId) {
        UndoProgress queued = jdbi.inTransaction(h -> {
            // One request at a time per promotion: the second waits here, then finds the first's job.
            h.createQuery("SELECT id FROM promotions WHERE id = :p FOR UPDATE").bind("p", promotionId)
                    .mapTo(Long.class).findOne();
            Promotion promotion = eligible(h, community.id(), promotionId);
            UndoJobDao dao = h.attach(UndoJobDao.class);
            Optional<UndoJobRow> existing = dao.get(promotionId);
            if (existing.isPresent()) {
                if (dao.requeue(promotionId, adminId) != 1) {
                    throw PromoteException.conflict("promotion " + promotionId + " is being undone already ("
                            + existing.get().status() + ")");
                }
            } else {
                int members = h.createQuery("SELECT COUNT(*) FROM members WHERE promotion_id = :p")
                        .bind("p", promotionId).mapTo(Integer.class).one();
                dao.insert(promotionId, community.id(), adminId, clock.today(community.zone()), members, clock.now());
            }
            activity.community(h, community.id(), adminId, ActivityAction.UNDO_REQUESTED,
                    "promotion " + promotionId + ": " + promotion.fileName(),
                    "undo of " + dao.get(promotionId).orElseThrow().totalMembers() + " members queued");
            return progress(h, promotionId).orElseThrow();
        });
        nudge.run();
        return queued;
    }

    /** The promotion's undo, when one was asked for. */
    public Optional<UndoProgress> progress(long communityId, long promotionId) {
        return jdbi.withHandle(h -> {
            Promotion p = h.attach(PromotionDao.class).find(communityId, promotionId)
                    .orElseThrow(() -> PromoteException.notFound("Promotion " + promotionId));
            return progress(h, p.id());
        });
    }

    /**
     * An undo's progress; the report is read from the job's tables while it runs. An undo made
     * before undo jobs existed has only its report on the promotion.
     */
    public static Optional<UndoProgress> progress(Handle h, long promotionId) {
        UndoJobDao dao = h.attach(UndoJobDao.class);
        Optional<UndoJobRow> job = dao.get(promotionId);
        if (job.isPresent()) {
            UndoJobRow j = job.get();
            return Optional.of(new UndoProgress(promotionId, j.status(), j.totalMembers(), j.processedMembers(),
                    j.restored(), dao.leftAlone(promotionId), dao.teamsRemoved(promotionId), j.startedAt(),
                    j.finishedAt(), j.message()));
        }
        return h.createQuery("SELECT undo_report FROM promotions WHERE id = :p AND undone_at IS NOT NULL")
                .bind("p", promotionId).mapTo(String.class).findOne()
                .map(UndoService::fromReport);
    }

    private static UndoProgress fromReport(String json) {
        try {
            UndoReport r = JSON.readValue(json, UndoReport.class);
            int total = r.restored() + r.leftAlone().size();
            return new UndoProgress(r.promotionId(), Promotion.SUCCEEDED, total, total, r.restored(), r.leftAlone(),
                    r.teamsRemoved(), r.undoneAt(), r.undoneAt(), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Promotion eligible(long communityId, long promotionId) {
        return jdbi.withHandle(h -> eligible(h, communityId, promotionId));
    }

    private Promotion eligible(Handle h, long communityId, long promotionId) {
        Promotion p = h.attach(PromotionDao.class).find(communityId, promotionId)
                .orElseThrow(() -> PromoteException.notFound("Promotion " + promotionId));
        if (p.dryRun()) {
            throw PromoteException.conflict("promotion " + promotionId + " was a preview: it changed nothing to undo");
        }
        if (!Promotion.SUCCEEDED.equals(p.status())) {
            throw PromoteException.conflict("promotion " + promotionId + " is " + p.status()
                    + "; only a finished promotion can be undone");
        }
        Instant undoneAt = p.undoneAt();
        if (undoneAt != null) {
            throw PromoteException.conflict("promotion " + promotionId + " was undone already, at " + undoneAt);
        }
        if (p.finishedAt() != null && p.finishedAt().plus(WINDOW).isBefore(clock.now())) {
            throw PromoteException.conflict("promotion " + promotionId + " finished more than 30 days ago;"
                    + " it can no longer be undone");
        }
        return p;
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
}
