package com.promote.engine.errors;

/** What went wrong, in terms the web layer turns into a status code. */
public enum ErrorKind {
    NOT_FOUND,
    CONFLICT,
    INVALID,
    FILE_REJECTED,
    FILE_TOO_LARGE,
    UNSUPPORTED_FILE,
    REFUSED,
    /** Existed, but is no longer kept (a promotion's file after retention). */
    GONE
}
