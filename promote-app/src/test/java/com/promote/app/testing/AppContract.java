package com.promote.app.testing;

import com.promote.testing.TestDatabase;
import com.promote.testing.TestDatabase.Kind;
import io.dropwizard.testing.ConfigOverride;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of a black-box contract that runs once per database: write the tests in an abstract
 * {@code FooContract extends AppContract}, then two one-line subclasses
 * {@code FooOnH2Test} and {@code FooOnMariaDbTest} that return their {@link Kind}.
 * The app starts once per class (not per test): tests must create their own community and
 * never rely on each other's data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AppContract {
    protected TestDatabase db;
    protected PromoteTestApp app;
    /** Signed in as the first admin. */
    protected ApiClient api;

    protected abstract Kind kind();

    /** Extension jars to install in the app's plugins folder; none by default (the core alone). */
    protected List<Path> pluginJars() {
        return List.of();
    }

    /** Configuration this contract's app runs with beyond the harness defaults (e.g. a smaller upload limit). */
    protected ConfigOverride[] configOverrides() {
        return new ConfigOverride[0];
    }

    @BeforeAll
    final void startApp() {
        db = TestDatabase.create(kind());
        try {
            app = PromoteTestApp.start(db, pluginJars(), configOverrides());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        api = app.client();
    }

    @AfterAll
    final void stopApp() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }
}
