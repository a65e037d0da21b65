package com.promote.engine.activity;

/** The kinds of entry, as the API and the page's filter name them. */
public final class ActivityAction {
    public static final String UPLOAD = "upload";
    public static final String PREVIEW = "preview";
    public static final String PROMOTION = "promotion";
    public static final String CORRECTION = "correction";
    public static final String UNDO = "undo";
    /** An admin asked for an undo; {@link #UNDO} is recorded when it is done. */
    public static final String UNDO_REQUESTED = "undo_requested";
    public static final String ONBOARDING_EMAILS = "onboarding_emails";
    public static final String TEMPLATE_CHANGE = "template_change";
    public static final String COMMUNITY_CREATED = "community_created";
    public static final String TEAM_CREATED = "team_created";
    public static final String GROUP_CREATED = "group_created";
    public static final String PLAN_CREATED = "plan_created";
    public static final String PERSON_CREATED = "person_created";
    public static final String ADMIN_CREATED = "admin_created";
    public static final String ADMIN_ADDED = "admin_added";
    public static final String SIGN_IN = "sign_in";
    public static final String SIGN_IN_FAILED = "sign_in_failed";
    public static final String SIGN_OUT = "sign_out";

    private ActivityAction() {
    }
}
