package com.promote.api;

import java.util.List;

/** A file's header, as {@link RowExtension#checkHeader} sees it. */
public interface HeaderInfo {
    /** Whether the file has this column (given as an admin would type it; matched normalised). */
    boolean has(String column);

    /** Every header of the file, as written and trimmed, in file order. */
    List<String> headers();
}
