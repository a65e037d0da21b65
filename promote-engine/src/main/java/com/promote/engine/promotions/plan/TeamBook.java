package com.promote.engine.promotions.plan;

import com.promote.api.TeamInfo.Origin;
import com.promote.api.NearNames;
import com.promote.api.TeamInfo;
import com.promote.engine.teams.Team;
import com.promote.engine.teams.TeamDao;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The teams of one promotion run: those that existed before it, those it created, those its
 * planned rows will create. Planning asks what a name means; applying resolves it for real,
 * so a row that fails after planning does not leave later rows joining a team nobody made.
 */
public final class TeamBook {
    /**
     * What the book may remember of the database's teams before it starts over: the names a run
     * met are read again by the next batch that names them, so a million-row file's teams do not
     * all stay in memory to the end of the run.
     */
    private static final int MAX_REMEMBERED = 20_000;

    private final long communityId;
    private final long promotionId;
    private final Map<String, Team> existing = new HashMap<>();
    private final Set<String> absent = new HashSet<>();
    private final Map<String, Long> ours = new HashMap<>();
    private final Map<String, Integer> plannedBy = new HashMap<>();
    private final Map<String, Long> createdInBatch = new HashMap<>();
    private NearNames nearNames;
    private final Map<String, Optional<String>> nearAnswers = new HashMap<>();
    private final int maxRemembered;

    public TeamBook(long communityId, long promotionId) {
        this(communityId, promotionId, MAX_REMEMBERED);
    }

    /** With a smaller memory: tests show that starting over answers as before. */
    TeamBook(long communityId, long promotionId, int maxRemembered) {
        this.communityId = communityId;
        this.promotionId = promotionId;
        this.maxRemembered = maxRemembered;
    }

    /** Loads, in one query, the teams named by a batch that are not known yet. */
    public void preload(Handle handle, Collection<String> names) {
        if (createdInBatch.isEmpty() && existing.size() + ours.size() + absent.size() > maxRemembered) {
            existing.clear();
            ours.clear();
            absent.clear();
            nearAnswers.clear();
        }
        List<String> unknown = names.stream().distinct()
                .filter(n -> !existing.containsKey(n) && !ours.containsKey(n) && !absent.contains(n)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        Set<String> found = new HashSet<>();
        for (Team team : handle.attach(TeamDao.class).findByNames(communityId, unknown)) {
            found.add(team.name());
            if (team.createdByPromotionId() != null && team.createdByPromotionId() == promotionId) {
                ours.put(team.name(), team.id()); // resumed: created before the interruption
            } else {
                existing.put(team.name(), team);
            }
        }
        unknown.stream().filter(n -> !found.contains(n)).forEach(absent::add);
    }

    public TeamInfo plan(String name) {
        Team team = existing.get(name);
        if (team != null) {
            return new TeamInfo(Optional.of(team.id()), name, Origin.EXISTING);
        }
        Long id = ours.get(name);
        if (id != null || plannedBy.containsKey(name)) {
            return new TeamInfo(Optional.ofNullable(id), name, Origin.CREATED_EARLIER_IN_THIS_PROMOTION);
        }
        return new TeamInfo(Optional.empty(), name, Origin.CREATED_BY_THIS_ROW);
    }

    /** The row that planned to create {@code name} passed planning: later rows will join it. */
    public void confirmPlanned(String name, int row) {
        plannedBy.putIfAbsent(name, row);
    }

    /**
     * The one existing team whose name is nearly this one (case, spacing, punctuation, a letter or
     * two: {@link NearNames}), for the preview's warning and suggestion. Every team name is
     * loaded once per run, and each name asked about is answered once.
     */
    public Optional<String> nearName(Handle handle, String name) {
        if (nearNames == null) {
            nearNames = NearNames.of(handle.attach(TeamDao.class).allNames(communityId));
        }
        return nearAnswers.computeIfAbsent(name, nearNames::match);
    }

    /** Whether two names differ only in case or inner spacing. */
    public static boolean sameFolded(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /**
     * At write time, the names of a batch no team answers to yet: those another promotion or an
     * admin created since this run looked become existing teams (joined as plain members); the
     * rest are left for the caller to create.
     */
    public List<String> toCreate(Handle handle, Collection<String> names) {
        List<String> unknown = names.stream().distinct().filter(n -> knownId(n) == null).toList();
        if (unknown.isEmpty()) {
            return unknown;
        }
        for (Team team : handle.attach(TeamDao.class).findByNames(communityId, unknown)) {
            existing.put(team.name(), team);
            absent.remove(team.name());
        }
        return unknown.stream().filter(n -> knownId(n) == null).toList();
    }

    /** The id of a team that exists already (before this run, or created by it), or null. */
    public Long knownId(String name) {
        Team team = existing.get(name);
        if (team != null) {
            return team.id();
        }
        return ours.containsKey(name) ? ours.get(name) : createdInBatch.get(name);
    }

    public void markCreated(String name, long id) {
        createdInBatch.put(name, id);
    }

    /** The batch's fast path was rolled back: the teams it created do not exist. */
    public void forgetBatchCreations() {
        createdInBatch.clear();
    }

    /** The teams created in this batch so far, to forget those of a row rolled back to its savepoint. */
    public Set<String> createdInBatchNames() {
        return Set.copyOf(createdInBatch.keySet());
    }

    /** A row was rolled back to its savepoint: the teams it created do not exist. */
    public void forgetCreatedSince(Set<String> before) {
        createdInBatch.keySet().retainAll(before);
    }

    public void batchCommitted() {
        ours.putAll(createdInBatch);
        createdInBatch.keySet().forEach(absent::remove);
        createdInBatch.clear();
        plannedBy.clear();
    }

    public void batchRolledBack() {
        createdInBatch.clear();
        plannedBy.clear();
    }

    private static String fold(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

}
