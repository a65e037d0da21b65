package com.promote.api;

import java.util.Optional;

/**
 * The team a row's member joins, as the core resolved it.
 *
 * @param id      the team's id when it exists in the database already
 * @param name    the team's name
 * @param origin  whether it existed before this promotion, is created by this row, or by an
 *                earlier row of the same promotion
 */
public record TeamInfo(Optional<Long> id, String name, Origin origin) {

    public enum Origin {
        /** The team existed before this promotion started. */
        EXISTING,
        /** This row creates the team and its member becomes the team's admin. */
        CREATED_BY_THIS_ROW,
        /** An earlier row of this promotion created (or, in a dry run, would create) the team. */
        CREATED_EARLIER_IN_THIS_PROMOTION
    }
}
