package com.promote.app.web;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Page sessions, keyed by a hash of the cookie's token. */
public interface WebSessionDao {
    record StoredSession(long adminId, String username, String csrfToken) {
    }

    @SqlUpdate("INSERT INTO web_sessions (token_hash, admin_id, csrf_token, created_at, expires_at)"
            + " VALUES (:hash, :adminId, :csrf, :now, :expires)")
    void insert(@Bind("hash") String tokenHash, @Bind("adminId") long adminId, @Bind("csrf") String csrfToken,
                @Bind("now") Instant now, @Bind("expires") Instant expires);

    @SqlQuery("SELECT s.admin_id, a.username, s.csrf_token FROM web_sessions s JOIN admins a ON a.id = s.admin_id"
            + " WHERE s.token_hash = :hash AND s.expires_at > :now")
    @RegisterConstructorMapper(StoredSession.class)
    Optional<StoredSession> find(@Bind("hash") String tokenHash, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM web_sessions WHERE token_hash = :hash")
    int delete(@Bind("hash") String tokenHash);

    @SqlUpdate("DELETE FROM web_sessions WHERE expires_at <= :now")
    int deleteExpired(@Bind("now") Instant now);
}
