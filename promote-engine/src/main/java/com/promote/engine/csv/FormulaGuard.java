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
        // A value that really starts with ' (or '') and a formula character ('-7) would lose a '
        // to restore() on the way back in, so it gets one more.
        return risky || guarded(cell) ? "'" + cell : cell;
    }

    /**
     * For a cell echoed as it stood in an uploaded file (the results CSV): it is already in the
     * form uploads read, so a guarded {@code '=x} stays as it is and only a bare formula gets a
     * {@code '}. Re-uploading the results then reads exactly what the first upload read.
     */
    public static String neutraliseRawCell(String cell) {
        return cell == null || cell.isEmpty() || guarded(cell) ? cell : neutralise(cell);
    }

    public static String restore(String cell) {
        return guarded(cell) ? cell.substring(1) : cell;
    }

    /** One or more {@code '} and then a formula character. */
    private static boolean guarded(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < cell.length() && startsFormula(cell.charAt(i));
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
