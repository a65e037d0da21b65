package com.promote.app.web;

import java.util.ArrayList;
import java.util.List;

/**
 * An extension's help text, where {@code `back-quoted`} parts are code, cut into pieces a
 * logic-less template prints as text or as {@code <code>} (both escaped).
 */
public record Markup(String text, boolean code) {
    static List<Markup> of(String text) {
        List<Markup> parts = new ArrayList<>();
        String[] pieces = text.split("`", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (!pieces[i].isEmpty()) {
                parts.add(new Markup(pieces[i], i % 2 == 1));
            }
        }
        return parts;
    }
}
