package com.promote.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner behind {@link ModuleDependencyTest} really finds violations. */
class ImportRulesTest {
    private static final List<String> FORBIDDEN = List.of("io.dropwizard", "com.promote.app");

    @TempDir
    Path src;

    private Path write(String relative, String... lines) throws IOException {
        Path file = src.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, List.of(lines));
    }

    @Test
    void findsEveryKindOfForbiddenUse() throws IOException {
        write("com/promote/engine/Bad.java",
                "package com.promote.engine;",
                "import io.dropwizard.db.DataSourceFactory;",
                "import static com.promote.app.PromoteApplication.main;",
                "import com.promote.app.*;",
                "  import   io.dropwizard.core.Application ;",
                "class Bad {",
                "    Object x = new io.dropwizard.util.Duration();",
                "}");
        List<ImportRules.Violation> found = ImportRules.scan(src, FORBIDDEN);
        assertThat(found).extracting(ImportRules.Violation::line).containsExactly(2, 3, 4, 5, 7);
        assertThat(found.get(0).toString()).contains("Bad.java:2: import io.dropwizard.db.DataSourceFactory;");
    }

    @Test
    void leavesLookAlikesAndCommentsAlone() throws IOException {
        write("com/promote/engine/Fine.java",
                "package com.promote.engine;",
                "import io.dropwizardish.Thing;",
                "import com.promote.application.Other;",
                "import com.promote.api.RowExtension;",
                "// import io.dropwizard.core.Application;",
                "/* import com.promote.app.X;",
                "   io.dropwizard.Y */",
                "/** Unlike {@code io.dropwizard.core.Application}, this has no web layer. */",
                "class Fine {",
                "    String pkg = \"my.io.dropwizard\";",
                "}");
        assertThat(ImportRules.scan(src, FORBIDDEN)).isEmpty();
    }

    @Test
    void scansNestedFoldersAndOnlyJavaFiles() throws IOException {
        write("a/b/c/Deep.java", "import com.promote.app.auth.Admin;");
        write("a/notes.txt", "import com.promote.app.auth.Admin;");
        assertThat(ImportRules.scan(src, FORBIDDEN)).singleElement()
                .satisfies(v -> assertThat(v.file().getFileName().toString()).isEqualTo("Deep.java"));
    }

    @Test
    void aMissingFolderIsAnErrorNotAPass() {
        assertThatThrownBy(() -> ImportRules.scan(src.resolve("nope"), FORBIDDEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
