package com.promote.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date a cell names when it is written some other common way than {@code MM/DD/YYYY},
 * for {@link Problem#suggesting}: {@code 2026-06-20}, {@code 2026/6/20}, {@code 20/06/2026} or
 * {@code 20.06.2026} (first number over 12, so day first), {@code 6-20-2026}, {@code June 20, 2026},
 * {@code 20 Jun 2026}, {@code Jun 20 2026}. A text that could be two dates ({@code 05.06.2026}:
 * May 6 or June 5?) or none names nothing: never guess a day. The caller still decides whether
 * the date is acceptable (a billing start must be after the upload date).
 */
public final class WrittenDate {
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile("([a-z]+)\\.? +(\\d{1,2})(?:st|nd|rd|th)?,? +(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\.? +([a-z]+)\\.?,? +(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private WrittenDate() {
    }

    /** The single date {@code text} names, or empty when it names none or could name two. */
    public static Optional<LocalDate> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return date(num(m, 1), num(m, 2), num(m, 3));
        }
        m = YEAR_LAST.matcher(t);
        if (m.matches()) {
            int a = num(m, 1);
            int b = num(m, 2);
            if (a > 12 && b <= 12) {
                return date(num(m, 3), b, a);
            }
            if (a <= 12 && (b > 12 || a == b)) {
                return date(num(m, 3), a, b);
            }
            return Optional.empty();
        }
        m = MONTH_FIRST.matcher(t);
        if (m.matches()) {
            Integer month = MONTHS.get(m.group(1));
            return month == null ? Optional.empty() : date(num(m, 3), month, num(m, 2));
        }
        m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            Integer month = MONTHS.get(m.group(2));
            return month == null ? Optional.empty() : date(num(m, 3), month, num(m, 1));
        }
        return Optional.empty();
    }

    /** {@code MM/DD/YYYY}, as the leads and contacts reports write dates. */
    public static String monthFirst(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
