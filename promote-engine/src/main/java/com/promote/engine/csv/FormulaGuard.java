package com.promote.engine.csv;

/**
 * Spreadsheets run a cell that starts with {@code = + - @} (or a tab or carriage return) as a
 * formula. Exports put a {@code '} in front; uploads take one off again so a report round-trips.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
        // A value that really starts with ' and a formula character ('-7) would lose its ' to
        // restore() on the way back in, so it gets one more.
        boolean looksGuarded = first == '\'' && cell.length() >= 2 && startsFormula(cell.charAt(1));
        return risky || looksGuarded ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && startsFormula(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
