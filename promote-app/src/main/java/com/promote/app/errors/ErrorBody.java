package com.promote.app.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Every 4xx/5xx body: {@code {"code", "message", "errors"?}}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(int code, String message, List<String> errors) {
    public ErrorBody(int code, String message) {
        this(code, message, List.of());
    }
}
