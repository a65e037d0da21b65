package com.promote.app.auth;

import java.security.Principal;

/** The signed-in admin. */
public record Admin(long id, String username) implements Principal {
    @Override
    public String getName() {
        return username;
    }
}
