package com.promote.api;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/** What {@link RowExtension#undo} gets: the undo's transaction and the member going back to the CRM. */
public interface UndoContext {
    /** The undo's transaction; attach DAOs to it, never commit or close it. */
    Handle handle();

    CommunityInfo community();

    /** The undo date in the community's time zone: invoices issued on or before it stay. */
    LocalDate today();

    /** The promotion being undone. */
    long promotionId();

    /** The member this promotion created, about to be removed. */
    long memberId();
}
