package com.promote.api;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Fields an extension adds to a member wherever members are shown: the members API, its CSV and
 * Excel downloads and the Members page (room permissions: {@code groups}; custom fields:
 * {@code customFields}), read from the extension's own tables. Bind with
 * {@link PromoteBinders#memberFields}.
 *
 * <p>A value is shown as the API gives it: a list, a map of names to values, or a single value.
 */
public interface MemberFields {
    /** The JSON names of the fields, in the order they are shown. */
    List<String> names();

    /** Where the fields are shown among other extensions' (lower first, then by first name). */
    default int order() {
        return 100;
    }

    /**
     * The fields of each of the given members of one community, by member id, in one query (or a
     * few) for them all, on the caller's handle. Answer every member with every name, with what a
     * member with nothing stored shows (an empty list, say); a member left out shows null.
     */
    Map<Long, Map<String, Object>> read(Handle handle, long communityId, List<Long> memberIds);
}
