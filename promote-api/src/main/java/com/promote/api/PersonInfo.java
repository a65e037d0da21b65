package com.promote.api;

/** The lead or contact being promoted, as stored before the row's values are applied. */
public record PersonInfo(long id, String type, String firstName, String lastName, String email,
                         String companyName) {
}
