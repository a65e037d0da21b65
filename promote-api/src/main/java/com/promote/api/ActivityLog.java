package com.promote.api;

import java.security.Principal;
import org.jdbi.v3.core.Handle;

/**
 * For extension resources: records a change an admin made in a community's activity log
 * (who, when, from which address, what). Inject it; the app binds it.
 *
 * <p>Call it on the handle of the transaction that makes the change, so the entry commits with
 * the change and vanishes with it when the change rolls back: an entry never lies. Entries are
 * append-only; nothing edits or deletes them.
 */
public interface ActivityLog {
    /**
     * @param handle    the transaction making the change
     * @param admin     the signed-in admin ({@code SecurityContext.getUserPrincipal()})
     * @param community the community changed
     * @param action    what kind of change, in snake_case (e.g. {@code plan_created})
     * @param target    what was changed, for a person (e.g. {@code plan 'Coworking Plan'})
     * @param details   anything more worth knowing later, or null
     */
    void record(Handle handle, Principal admin, long community, String action, String target, String details);
}
