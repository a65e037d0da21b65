package com.promote.app.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds Java sources under a folder that use a forbidden package: an {@code import} (static or
 * not, wildcards too) or a fully qualified name on a code line. Comments are not code.
 */
final class ImportRules {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");

    private ImportRules() {
    }

    /** One use of a forbidden package, as {@code file:line: text}. */
    record Violation(Path file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text.trim();
        }
    }

    static List<Violation> scan(Path sourceRoot, List<String> forbiddenPackages) {
        if (!Files.isDirectory(sourceRoot)) {
            throw new IllegalArgumentException("No source folder " + sourceRoot.toAbsolutePath());
        }
        List<Violation> violations = new ArrayList<>();
        for (Path file : javaFiles(sourceRoot)) {
            violations.addAll(scanFile(file, forbiddenPackages));
        }
        return violations;
    }

    static List<Path> javaFiles(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Violation> scanFile(Path file, List<String> forbiddenPackages) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Pattern> qualified = forbiddenPackages.stream()
                .map(p -> Pattern.compile("(?<![\\w.])" + Pattern.quote(p) + "\\.[A-Za-z_]")).toList();
        List<Violation> found = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i);
            // Drop comments: block comments (possibly spanning lines), then line comments.
            StringBuilder kept = new StringBuilder();
            int at = 0;
            while (at < code.length()) {
                if (inComment) {
                    int end = code.indexOf("*/", at);
                    if (end < 0) {
                        at = code.length();
                    } else {
                        inComment = false;
                        at = end + 2;
                    }
                } else {
                    int start = code.indexOf("/*", at);
                    int line = code.indexOf("//", at);
                    if (line >= 0 && (start < 0 || line < start)) {
                        kept.append(code, at, line);
                        at = code.length();
                    } else if (start >= 0) {
                        kept.append(code, at, start);
                        inComment = true;
                        at = start + 2;
                    } else {
                        kept.append(code, at, code.length());
                        at = code.length();
                    }
                }
            }
            String text = kept.toString();
            Matcher imp = IMPORT.matcher(text);
            boolean bad = imp.find() ? forbiddenPackages.stream().anyMatch(p -> startsWithPackage(imp.group(1), p))
                    : qualified.stream().anyMatch(q -> q.matcher(text).find());
            if (bad) {
                found.add(new Violation(file, i + 1, lines.get(i)));
            }
        }
        return found;
    }

    private static boolean startsWithPackage(String name, String pkg) {
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }
}
