package com.promote.app.auth;

import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The admin a username and password belong to: one bcrypt check, never cached here. */
public final class PasswordCheck implements Authenticator<BasicCredentials, Admin> {
    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final String unknownUserHash;

    public PasswordCheck(Jdbi jdbi, PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.unknownUserHash = hasher.hash(PasswordHasher.randomPassword());
    }

    @Override
    public Optional<Admin> authenticate(BasicCredentials credentials) {
        String username = credentials.getUsername();
        Optional<AdminDao.StoredAdmin> stored = jdbi.withExtension(AdminDao.class, dao -> dao.findByUsername(username));
        // An unknown name costs a bcrypt check too, so response times do not tell which names exist.
        boolean matches = hasher.matches(credentials.getPassword(),
                stored.map(AdminDao.StoredAdmin::passwordHash).orElse(unknownUserHash));
        return stored.filter(s -> matches).map(s -> new Admin(s.id(), s.username()));
    }
}
