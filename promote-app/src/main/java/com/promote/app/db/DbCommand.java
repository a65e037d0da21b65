package com.promote.app.db;

import com.codahale.metrics.MetricRegistry;
import com.promote.app.PromoteConfiguration;
import com.promote.app.auth.CommunityGuard;
import com.promote.app.wiring.Extensions;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.db.Migrator;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** {@code db migrate config.yml}: the same migrations the server runs at start. */
public final class DbCommand extends ConfiguredCommand<PromoteConfiguration> {
    public DbCommand() {
        super("db", "Database tasks: 'db migrate config.yml' brings the schema up to date");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("migrate").help("what to do");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<PromoteConfiguration> bootstrap, Namespace namespace,
                       PromoteConfiguration configuration) throws Exception {
        ManagedDataSource dataSource = configuration.getDatabase().build(new MetricRegistry(), "db");
        try {
            Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
            Extensions extensions = Extensions.load(configuration.getPluginsDir(), jdbi,
                    PromoteClock.system(), new CommunityGuard(jdbi));
            new Migrator(dataSource).migrate(extensions.changelogs());
            System.out.println("Database is up to date (" + extensions.changelogs().size() + " changelogs).");
        } finally {
            dataSource.stop();
        }
    }
}
