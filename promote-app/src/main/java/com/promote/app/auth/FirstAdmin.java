package com.promote.app.auth;

import java.util.Optional;
import com.promote.app.errors.DatabaseExceptionMapper;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the first admin at start when there is none, so a new installation can sign in. */
public final class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private FirstAdmin() {
    }

    public static void ensure(Jdbi jdbi, PasswordHasher hasher, Optional<String> user, Optional<String> password) {
        if (jdbi.withExtension(AdminDao.class, AdminDao::count) > 0) {
            return;
        }
        String username = user.orElse("admin");
        String secret = password.orElseGet(PasswordHasher::randomPassword);
        String hash = hasher.hash(secret);
        try {
            jdbi.useExtension(AdminDao.class, dao -> dao.insert(username, hash));
        } catch (JdbiException e) {
            if (DatabaseExceptionMapper.isUniqueViolation(e)) {
                return; // another instance starting at the same moment created it
            }
            throw e;
        }
        if (password.isPresent()) {
            LOG.info("Created the first admin '{}' from PROMOTE_ADMIN_USER/PROMOTE_ADMIN_PASSWORD", username);
        } else {
            // Printed once, on purpose: it is the only way in for a fresh installation.
            LOG.warn("Created the first admin '{}' with the generated password: {}"
                    + "  (set PROMOTE_ADMIN_PASSWORD to choose one)", username, secret);
        }
    }
}
