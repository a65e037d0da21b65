package com.promote.engine.crm;

import com.promote.api.PersonInfo;
import java.time.Instant;
import java.time.LocalDate;

/** A lead or contact in the CRM (or, once promoted, its archived record). */
public record Person(long id, long communityId, String type, String firstName, String lastName,
                     String email, String phone, String companyName, String source, String notes,
                     LocalDate followUpDate, LocalDate tourDate, LocalDate promotedDate,
                     Instant createdAt) {

    public PersonInfo info() {
        return new PersonInfo(id, type, firstName, lastName, email, companyName);
    }
}
