package com.promote.api;

import static java.util.Objects.requireNonNull;

/**
 * A Liquibase changelog owned by an extension. {@code changelog} is a classpath resource
 * path, loaded through {@code anchor}'s class loader (plugins live in their own loader).
 * The SQL must run unchanged on H2 (MySQL mode) and MySQL/MariaDB.
 */
public record ExtensionMigration(String changelog, Class<?> anchor) {
    public ExtensionMigration {
        requireNonNull(changelog, "changelog is null");
        requireNonNull(anchor, "anchor is null");
    }
}
