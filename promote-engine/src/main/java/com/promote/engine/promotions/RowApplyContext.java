package com.promote.engine.promotions;

import com.promote.api.ApplyContext;
import com.promote.api.CommunityInfo;
import com.promote.engine.teams.TeamDao;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** What an extension's apply sees of one row: the batch's transaction and what the core wrote. */
final class RowApplyContext implements ApplyContext {
    private final RunContext run;
    private final Handle handle;
    private final long memberId;
    private final long teamId;
    private final boolean teamCreated;
    private final int rowNumber;
    private final List<Runnable> afterCommit;

    RowApplyContext(RunContext run, Handle handle, long memberId, long teamId, boolean teamCreated, int rowNumber,
                    List<Runnable> afterCommit) {
        this.run = run;
        this.handle = handle;
        this.memberId = memberId;
        this.teamId = teamId;
        this.teamCreated = teamCreated;
        this.rowNumber = rowNumber;
        this.afterCommit = afterCommit;
    }

    @Override
    public Handle handle() {
        return handle;
    }

    @Override
    public CommunityInfo community() {
        return run.community;
    }

    @Override
    public LocalDate today() {
        return run.today;
    }

    @Override
    public long promotionId() {
        return run.promotion.id();
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public long memberId() {
        return memberId;
    }

    @Override
    public long teamId() {
        return teamId;
    }

    @Override
    public boolean teamCreatedByThisRow() {
        return teamCreated;
    }

    @Override
    public void setTeamBillDay(int day) {
        handle.attach(TeamDao.class).setBillDay(teamId, day);
    }

    @Override
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }
}
