package com.promote.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Small text helpers for the views, so templates stay logic-less. */
public final class PageText {
    private PageText() {
    }

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    static String name(String first, String last) {
        String name = (orEmpty(first) + " " + orEmpty(last)).trim();
        return name.isEmpty() ? "(no name)" : name;
    }

    /** "a", "a and b", "a, b and c". */
    static String and(java.util.List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** "Showing 51-100 of 230" and the links either side; links keep the other query parameters. */
    public record Pager(int from, int to, int total, String previousHref, String nextHref) {
        static Pager of(String path, Map<String, String> params, int page, int size, int total, int shown) {
            int from = shown == 0 ? 0 : page * size + 1;
            int to = page * size + shown;
            return new Pager(from, to, total,
                    page > 0 ? href(path, params, page - 1) : null,
                    to < total ? href(path, params, page + 1) : null);
        }

        private static String href(String path, Map<String, String> params, int page) {
            Map<String, String> all = new LinkedHashMap<>();
            params.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    all.put(k, v);
                }
            });
            if (page > 0) {
                all.put("page", String.valueOf(page));
            }
            String query = all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return query.isEmpty() ? path : path + "?" + query;
        }

        public boolean several() {
            return previousHref != null || nextHref != null;
        }
    }
}
