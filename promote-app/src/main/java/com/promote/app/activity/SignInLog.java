package com.promote.app.activity;

import com.promote.app.auth.AdminDao;
import com.promote.engine.activity.ActivityAction;
import com.promote.engine.activity.ActivityRecorder;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-ins, failed sign-ins and sign-outs, on the admin's own record (not a community's).
 * A failed attempt for a username that names no admin is not recorded: there is no record to
 * put it on, and the throttle already holds such guessing back.
 */
public final class SignInLog {
    private final Jdbi jdbi;
    private final ActivityRecorder recorder;

    public SignInLog(Jdbi jdbi, ActivityRecorder recorder) {
        this.jdbi = jdbi;
        this.recorder = recorder;
    }

    public void signedIn(long adminId, String how) {
        jdbi.useHandle(h -> recorder.own(h, adminId, ActivityAction.SIGN_IN, how));
    }

    public void failed(String username, String why) {
        jdbi.useHandle(h -> h.attach(AdminDao.class).findByUsername(username)
                .ifPresent(a -> recorder.own(h, a.id(), ActivityAction.SIGN_IN_FAILED, why)));
    }

    public void signedOut(long adminId) {
        jdbi.useHandle(h -> recorder.own(h, adminId, ActivityAction.SIGN_OUT, "admin page"));
    }
}
