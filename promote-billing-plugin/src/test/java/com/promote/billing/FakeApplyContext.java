package com.promote.billing;

import com.promote.api.ApplyContext;
import com.promote.api.CommunityInfo;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/** The core's side of apply: the row's handle, and the team's bill day written as the core would. */
public final class FakeApplyContext implements ApplyContext {
    private final Handle handle;
    private final CommunityInfo community;
    private final long memberId;
    private final long teamId;
    private final boolean teamCreatedByThisRow;

    public FakeApplyContext(Handle handle, CommunityInfo community, long memberId, long teamId,
                            boolean teamCreatedByThisRow) {
        this.handle = handle;
        this.community = community;
        this.memberId = memberId;
        this.teamId = teamId;
        this.teamCreatedByThisRow = teamCreatedByThisRow;
    }

    @Override
    public Handle handle() {
        return handle;
    }

    @Override
    public CommunityInfo community() {
        return community;
    }

    @Override
    public LocalDate today() {
        return LocalDate.of(2026, 5, 15);
    }

    @Override
    public long promotionId() {
        return 99;
    }

    @Override
    public int rowNumber() {
        return 1;
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
        return teamCreatedByThisRow;
    }

    @Override
    public void setTeamBillDay(int day) {
        handle.createUpdate("UPDATE teams SET bill_day = :day WHERE id = :id").bind("day", day).bind("id", teamId).execute();
    }

    @Override
    public void afterCommit(Runnable action) {
        throw new UnsupportedOperationException("billing has no work outside the database");
    }
}
