package com.promote.engine.csv;

/**
 * Spreadsheets run a cell that starts with {@code = + - @} (or a tab or carriage return) as a
 * formula. Exports put a {@code '} in front; uploads take it off again so a report round-trips.
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
        return risky ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'') {
            char next = cell.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@') {
                return cell.substring(1);
            }
        }
        return cell;
    }
}
