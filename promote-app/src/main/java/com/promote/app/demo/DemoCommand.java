package com.promote.app.demo;

import com.promote.app.PromoteApplication;
import com.promote.app.PromoteConfiguration;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code demo config.yml}: the server, with a demo community to promote from. */
public final class DemoCommand extends ServerCommand<PromoteConfiguration> {
    private final PromoteApplication application;

    public DemoCommand(PromoteApplication application) {
        super(application, "demo", "Runs the server with a demo community, admin and CRM");
        this.application = application;
    }

    @Override
    protected void run(Bootstrap<PromoteConfiguration> bootstrap, Namespace namespace,
                       PromoteConfiguration configuration) throws Exception {
        application.startingDemo(); // before the app runs: the demo brings its own admin
        super.run(bootstrap, namespace, configuration);
    }

    @Override
    protected void run(Environment environment, Namespace namespace, PromoteConfiguration configuration)
            throws Exception {
        DemoData.Credentials credentials = new DemoData(application.services()).seed();
        int port = 8080;
        if (configuration.getServerFactory() instanceof DefaultServerFactory server
                && server.getApplicationConnectors().get(0) instanceof HttpConnectorFactory http) {
            port = http.getPort();
        }
        System.out.printf("%n  Promote demo is running: http://localhost:%d/%n"
                        + "  Sign in as %s / %s   (API: HTTP Basic with the same)%n%n",
                port, credentials.username(), credentials.password());
        super.run(environment, namespace, configuration);
    }
}
