package com.promote.engine.errors;

import java.util.List;

/** A failure a person can act on: its message is shown as it is. */
public class PromoteException extends RuntimeException {
    private final ErrorKind kind;
    private final List<String> details;

    public PromoteException(ErrorKind kind, String message) {
        this(kind, message, List.of());
    }

    public PromoteException(ErrorKind kind, String message, List<String> details) {
        super(message);
        this.kind = kind;
        this.details = List.copyOf(details);
    }

    public ErrorKind kind() {
        return kind;
    }

    public List<String> details() {
        return details;
    }

    public static PromoteException notFound(String what) {
        return new PromoteException(ErrorKind.NOT_FOUND, what + " not found");
    }

    public static PromoteException invalid(String message) {
        return new PromoteException(ErrorKind.INVALID, message);
    }

    public static PromoteException conflict(String message) {
        return new PromoteException(ErrorKind.CONFLICT, message);
    }
}
