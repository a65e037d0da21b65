package com.promote.engine.promotions.fixes;

import com.promote.engine.crm.EmailKey;
import com.promote.engine.crm.Person;
import com.promote.engine.crm.PersonDao;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;

/**
 * "This lead changed her email": for the rows of a batch whose email matches nobody, the one
 * lead or contact still in the CRM with the row's first and last name (trimmed, any case; a
 * blank name cell is the person's stored name, so it matches any). With several, the one whose
 * company is the row's company; still several, or none: nothing. All rows of a batch are looked
 * up in one query.
 */
public final class EmailChanged {
    /** A row whose email matched nobody: its names and company cells (null when blank). */
    public record Unmatched(int row, String email, String firstName, String lastName, String company) {
    }

    private EmailChanged() {
    }

    /** Row number to its suggestion, for the rows that have exactly one candidate. */
    public static Map<Integer, RowSuggestion> suggest(Handle h, long communityId, List<Unmatched> rows,
                                                      Predicate<String> emailInFile) {
        Set<String> names = new LinkedHashSet<>();
        for (Unmatched row : rows) {
            key(row.firstName()).ifPresent(names::add);
            key(row.lastName()).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            return Map.of();
        }
        // A person whose own email an earlier row of the file has is promoted by that row already
        // (a rare hash collision only holds a suggestion back, never makes a wrong one).
        List<Person> candidates = h.attach(PersonDao.class).findLiveByNames(communityId, names).stream()
                .filter(p -> !emailInFile.test(EmailKey.of(p.email()))).toList();
        Map<Integer, RowSuggestion> suggestions = new HashMap<>();
        for (Unmatched row : rows) {
            if (key(row.firstName()).isEmpty() && key(row.lastName()).isEmpty()) {
                continue;
            }
            List<Person> fits = new ArrayList<>();
            for (Person p : candidates) {
                if (fits(row.firstName(), p.firstName()) && fits(row.lastName(), p.lastName())) {
                    fits.add(p);
                }
            }
            if (fits.size() > 1 && row.company() != null) {
                fits = fits.stream().filter(p -> key(p.companyName()).equals(key(row.company()))).toList();
            }
            if (fits.size() == 1) {
                Person p = fits.get(0);
                suggestions.put(row.row(), new RowSuggestion(RowSuggestion.EMAIL, row.email(), p.id(),
                        "No lead or contact has this email, but " + who(p) + " has this row's name: did you mean"
                                + " them? Accepting promotes " + who(p) + " with this file's email, " + row.email()
                                + "."));
            }
        }
        return suggestions;
    }

    private static String who(Person p) {
        String name = ((p.firstName() == null ? "" : p.firstName().trim()) + " "
                + (p.lastName() == null ? "" : p.lastName().trim())).trim();
        return name + " (" + p.type() + " " + p.id() + ", " + p.email() + ")";
    }

    /** A blank cell takes the stored name, so it matches whatever the person has. */
    private static boolean fits(String cell, String stored) {
        Optional<String> written = key(cell);
        return written.isEmpty() || written.equals(key(stored));
    }

    private static Optional<String> key(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(name.trim().toLowerCase(Locale.ROOT));
    }
}
