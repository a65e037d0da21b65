package com.promote.app.activity;

import com.promote.api.ActivityLog;
import com.promote.app.auth.Admin;
import com.promote.engine.activity.ActivityRecorder;
import java.security.Principal;
import org.jdbi.v3.core.Handle;

/** The SPI's activity log for extension resources: the engine's recorder, for the signed-in admin. */
public final class AppActivityLog implements ActivityLog {
    private final ActivityRecorder recorder;

    public AppActivityLog(ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void record(Handle handle, Principal admin, long community, String action, String target, String details) {
        if (!(admin instanceof Admin a)) {
            throw new IllegalArgumentException("An activity entry needs the signed-in admin, not " + admin);
        }
        recorder.community(handle, community, a.id(), action, target, details);
    }
}
