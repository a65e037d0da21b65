package com.promote.api;

/** One row's plan with its apply context, for {@link RowExtension#applyAll}. */
public record AppliedRow<P>(P plan, ApplyContext context) {
}
