package com.promote.engine.crm;

import java.util.Locale;

/** Emails compare trimmed and case-insensitively; this is the form they are compared in. */
public final class EmailKey {
    private EmailKey() {
    }

    public static String of(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
