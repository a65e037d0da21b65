package com.promote.engine.columns;

import com.promote.api.RowExtension;

/**
 * How one header of a file is read.
 *
 * @param readAs {@code core}, {@code ignored}, or the owning extension's name
 */
public record Column(int index, String header, String normalised, String readAs, CoreColumn core,
                     RowExtension<?> owner) {
    public static final String CORE = "core";
    public static final String IGNORED = "ignored";
}
