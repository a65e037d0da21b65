package com.promote.app.auth;

import java.util.Optional;

/** Finds the live page session a cookie value belongs to (the web feature's sessions). */
public interface SessionLookup {
    Optional<PageSession> find(String cookieValue);
}
