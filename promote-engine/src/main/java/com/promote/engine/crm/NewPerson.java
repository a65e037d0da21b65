package com.promote.engine.crm;

import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A lead or contact as a client sends it; {@link #validated()} collects every problem. */
public record NewPerson(String type, String firstName, String lastName, String email, String phone,
                        String companyName, String source, String notes, LocalDate followUpDate,
                        LocalDate tourDate) {

    public NewPerson validated() {
        List<String> problems = new ArrayList<>();
        if (!"lead".equals(type) && !"contact".equals(type)) {
            problems.add("type must be \"lead\" or \"contact\"");
        }
        String cleanEmail = clean(email);
        if (cleanEmail == null) {
            problems.add("email is required");
        } else if (!cleanEmail.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add("email '" + cleanEmail + "' is not an email address");
        } else if (cleanEmail.length() > 320) {
            problems.add("email is longer than 320 characters");
        }
        checkLength(problems, "firstName", firstName, 200);
        checkLength(problems, "lastName", lastName, 200);
        checkLength(problems, "phone", phone, 100);
        checkLength(problems, "companyName", companyName, 300);
        checkLength(problems, "source", source, 200);
        if (!problems.isEmpty()) {
            throw new PromoteException(ErrorKind.INVALID, String.join("; ", problems), problems);
        }
        return new NewPerson(type, clean(firstName), clean(lastName), cleanEmail, clean(phone),
                clean(companyName), clean(source), clean(notes), followUpDate, tourDate);
    }

    public String emailKey() {
        return EmailKey.of(email);
    }

    private static void checkLength(List<String> problems, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
