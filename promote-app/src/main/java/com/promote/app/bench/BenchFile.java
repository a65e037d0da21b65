package com.promote.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The issue's file: every row names a team (four rows a team, all new), two room-permission
 * groups, one custom field and one plan; a quarter of the rows give their own Monthly Bill Date
 * and 30% a Billing Start Date. Bill days are 1 (the community's), 5, 10, 15 or 20 and start dates
 * fall on the 7th, 13th, 22nd or 27th, so every start date gives exactly one prorated invoice.
 */
final class BenchFile {
    static final String PLAN = "Bench Plan";
    static final String GROUP_A = "Bench Room A";
    static final String GROUP_B = "Bench Room B";
    private static final int[] BILL_DAYS = {5, 10, 15, 20};
    private static final int[] START_DAYS = {7, 13, 22, 27};
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private BenchFile() {
    }

    static String email(String tag, int i) {
        return "lead" + i + "@" + tag + ".example";
    }

    static boolean hasStartDate(int i) {
        return i % 10 < 3;
    }

    static boolean hasOwnBillDay(int i) {
        return i % 4 == 1;
    }

    /** Rows with a Billing Start Date: one prorated invoice each. */
    static int expectedInvoices(int rows) {
        int n = 0;
        for (int i = 0; i < rows; i++) {
            n += hasStartDate(i) ? 1 : 0;
        }
        return n;
    }

    static int expectedTeams(int rows) {
        return (rows + 3) / 4;
    }

    static void write(Path csv, String tag, int rows, LocalDate today) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("email,first_name,last_name,company_name,Room Permissions,Key Fob,Plans,Monthly Bill Date,"
                    + "Billing Start Date\n");
            for (int i = 0; i < rows; i++) {
                String billDay = hasOwnBillDay(i) ? Integer.toString(BILL_DAYS[(i / 4) % BILL_DAYS.length]) : "";
                String start = hasStartDate(i)
                        ? today.plusMonths(1 + i % 2).withDayOfMonth(START_DAYS[i % START_DAYS.length]).format(US) : "";
                w.write(email(tag, i) + ",First" + i + ",Last" + i + ",Bench Team " + tag + " " + (i / 4)
                        + ",\"" + GROUP_A + "," + GROUP_B + "\",KF-" + i + "," + PLAN + "," + billDay + "," + start + "\n");
            }
        }
    }
}
