package com.promote.billing.schedule;

import com.promote.billing.BillingErrorCode;
import com.promote.billing.Parsed;
import java.time.DateTimeException;
import com.promote.api.WrittenDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Billing Start Date cell: {@code MM/DD/YYYY}, month first as the report exports it,
 * or with one-digit month/day as US spreadsheets save it ({@code 6/5/2026}). Nothing else:
 * guessing at {@code 2026-06-05} or {@code 05/06/26} would bill someone on the wrong day.
 */
public final class BillingStartDate {
    public static final String EXPECTED_FORM = "MM/DD/YYYY (for example 06/20/2026)";

    private static final Pattern FORM = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private BillingStartDate() {
    }

    /** The date, if the cell is a real date in the expected form strictly after today. */
    public static Parsed<LocalDate> parse(String cell, LocalDate today) {
        Matcher m = FORM.matcher(cell);
        if (!m.matches()) {
            return Parsed.error(BillingErrorCode.BAD_BILLING_START_DATE,
                    "Billing Start Date '" + cell + "' is not a date in the form " + EXPECTED_FORM + ".");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return Parsed.error(BillingErrorCode.BAD_BILLING_START_DATE,
                    "Billing Start Date '" + cell + "' is not a real date; write it as " + EXPECTED_FORM + ".");
        }
        return afterToday(date, cell, today);
    }

    /**
     * The {@code MM/DD/YYYY} of a date written another way ({@code 2026-06-20}, {@code 20/06/2026},
     * {@code June 20, 2026}: {@link WrittenDate}); empty when it could be two dates, or is not
     * after today (a suggestion must fix the row).
     */
    public static Optional<String> meant(String cell, LocalDate today) {
        return WrittenDate.read(cell).filter(date -> date.isAfter(today)).map(WrittenDate::monthFirst)
                .filter(written -> !written.equals(cell));
    }

    /** {@code June 20, 2026}: says which date a suggestion means, whatever order the admin reads dates in. */
    public static String spelledOut(String monthFirst) {
        Matcher m = FORM.matcher(monthFirst);
        if (!m.matches()) {
            return monthFirst;
        }
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                .format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }

    /**
     * A date cell of a workbook: already a date, so no form to check and no month/day order to
     * mistake; it must still be after today.
     */
    public static Parsed<LocalDate> ofDateCell(LocalDate date, LocalDate today) {
        return afterToday(date, String.format("%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(),
                date.getYear()), today);
    }

    private static Parsed<LocalDate> afterToday(LocalDate date, String shown, LocalDate today) {
        if (!date.isAfter(today)) {
            return Parsed.error(BillingErrorCode.BILLING_START_DATE_NOT_AFTER_TODAY,
                    "Billing Start Date " + shown + " must be after today (" + today + ").");
        }
        return Parsed.ok(date);
    }
}
