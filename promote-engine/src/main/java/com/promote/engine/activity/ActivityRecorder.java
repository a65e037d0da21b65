package com.promote.engine.activity;

import com.promote.engine.clock.PromoteClock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Writes activity entries on the caller's handle, so an entry commits with the change it
 * describes and disappears with it when that change rolls back: an entry never lies.
 * The client address comes from the request being served (none for background work).
 */
public final class ActivityRecorder {
    static final int MAX_TARGET = 300;
    static final int MAX_ADDRESS = 64;

    private final Supplier<String> address;
    private final PromoteClock clock;

    public ActivityRecorder(Supplier<String> address, PromoteClock clock) {
        this.address = address;
        this.clock = clock;
    }

    /** For work no request asked for (the runner, retention), and for tests. */
    public static ActivityRecorder withoutAddress(PromoteClock clock) {
        return new ActivityRecorder(() -> null, clock);
    }

    /** A change to a community, by one of its admins. */
    public void community(Handle handle, long communityId, long adminId, String action, String target, String details) {
        insert(handle, communityId, adminId, action, target, details);
    }

    /** An entry on the admin's own record: sign-ins, failed sign-ins, sign-outs, its own creation. */
    public void own(Handle handle, long adminId, String action, String details) {
        insert(handle, null, adminId, action, null, details);
    }

    private void insert(Handle handle, Long communityId, long adminId, String action, String target, String details) {
        handle.createUpdate("INSERT INTO activity (community_id, admin_id, occurred_at, address, action, target, details)"
                        + " VALUES (:c, :a, :at, :address, :action, :target, :details)")
                .bind("c", communityId).bind("a", adminId).bind("at", clock.now())
                .bind("address", clip(address.get(), MAX_ADDRESS)).bind("action", action)
                .bind("target", clip(target, MAX_TARGET)).bind("details", details)
                .execute();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
