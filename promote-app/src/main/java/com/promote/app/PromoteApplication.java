package com.promote.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.promote.api.ActivityLog;
import com.promote.app.activity.ActivityResource;
import com.promote.app.activity.AppActivityLog;
import com.promote.app.activity.RequestAddress;
import com.promote.app.activity.SignInLog;
import com.promote.app.auth.AdminAuthenticator;
import com.promote.app.metrics.PrometheusEndpoint;
import com.promote.app.metrics.PromotionMetrics;
import com.promote.app.metrics.QueueHealthCheck;
import com.promote.app.metrics.QueueMetrics;
import com.promote.app.metrics.QueueState;
import com.promote.app.promotions.FileRetentionJob;
import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.retention.FileRetention;
import com.promote.app.auth.AdminResource;
import com.promote.app.auth.Admin;
import com.promote.app.auth.AdminsOnly;
import com.promote.app.auth.RefusedBodyDrain;
import com.promote.app.auth.SignInThrottle;
import com.promote.app.auth.CommunityGuard;
import com.promote.app.auth.FirstAdmin;
import com.promote.app.auth.PasswordHasher;
import com.promote.app.communities.CommunityResource;
import com.promote.app.communities.GroupResource;
import com.promote.app.communities.TeamExtras;
import com.promote.engine.members.MemberReader;
import com.promote.app.communities.TeamResource;
import com.promote.app.communities.TeamsCsvResource;
import com.promote.app.crm.PeopleResource;
import com.promote.app.bench.BenchCommand;
import com.promote.app.load.LoadCommand;
import com.promote.app.db.DbCommand;
import com.promote.app.demo.DemoCommand;
import com.promote.app.errors.BadRequestMapper;
import com.promote.app.errors.DatabaseExceptionMapper;
import com.promote.app.errors.ParamExceptionMapper;
import com.promote.app.errors.PromoteExceptionMapper;
import com.promote.app.errors.UnexpectedExceptionMapper;
import com.promote.app.members.MemberResource;
import com.promote.app.members.MembersCsvResource;
import com.promote.app.onboarding.OnboardingFeature;
import com.promote.app.promotions.PromotionResource;
import com.promote.app.promotions.PromotionRunnerManager;
import com.promote.app.promotions.UploadLimitFilter;
import com.promote.app.web.ExtensionPages;
import com.promote.app.web.WebFeature;
import com.promote.app.web.WebSessions;
import io.dropwizard.auth.AuthValueFactoryProvider;
import com.promote.app.wiring.Extensions;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.db.Migrator;
import com.promote.engine.promotions.PromotionRunner;
import com.promote.engine.promotions.PromotionService;
import com.promote.engine.undo.UndoService;
import com.promote.engine.promotions.fixes.PreviewFixes;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.forms.MultiPartBundle;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.views.common.ViewBundle;
import org.glassfish.jersey.server.ServerProperties;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Promote: turns CRM leads and contacts into members, from a CSV, in bulk. */
public class PromoteApplication extends Application<PromoteConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(PromoteApplication.class);
    /** A queue with no batch committed for this long is reported unhealthy. */
    static final java.time.Duration QUEUE_STUCK_AFTER = java.time.Duration.ofMinutes(2);
    private Services services;
    private boolean demo;

    public static void main(String[] args) throws Exception {
        new PromoteApplication().run(args);
    }

    @Override
    public String getName() {
        return "promote";
    }

    @Override
    public void initialize(Bootstrap<PromoteConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new MultiPartBundle());
        bootstrap.addBundle(new ViewBundle<>());
        bootstrap.addBundle(new AssetsBundle("/assets/", "/assets/", null, "assets"));
        bootstrap.addCommand(new DbCommand());
        bootstrap.addCommand(new DemoCommand(this));
        bootstrap.addCommand(new BenchCommand(this));
        bootstrap.addCommand(new LoadCommand());
    }

    @Override
    public void run(PromoteConfiguration config, Environment environment) {
        environment.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        // 1.5 for a whole number is a mistake to report, not to round.
        environment.getObjectMapper().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        PromoteClock clock = new PromoteClock(java.time.Clock.systemUTC(), config.getClockFixedDate());

        // The database: one pool, the schema migrated before anything reads it.
        ManagedDataSource dataSource = config.getDatabase().build(environment.metrics(), "db");
        Jdbi jdbi = new JdbiFactory().build(environment, config.getDatabase(), dataSource, "db");
        CommunityGuard guard = new CommunityGuard(jdbi);
        // Every change is logged with the client's address, in the change's own transaction.
        environment.servlets().addFilter("request-address", new RequestAddress())
                .addMappingForUrlPatterns(null, false, "/*");
        ActivityRecorder activity = new ActivityRecorder(RequestAddress::current, clock);
        ActivityLog activityLog = new AppActivityLog(activity);
        Extensions extensions = Extensions.load(config.getPluginsDir(), jdbi, clock, guard, activityLog);
        new Migrator(dataSource).migrate(extensions.changelogs());
        LOG.info("Extensions: {} (row extensions in order: {})", extensions.moduleNames(),
                extensions.registry().all().stream().map(e -> e.name()).toList());

        // Who may call: admins, bound to their communities.
        PasswordHasher hasher = new PasswordHasher();
        if (!demo || config.getAdminUser().isPresent()) {
            FirstAdmin.ensure(jdbi, hasher, config.getAdminUser(), config.getAdminPassword());
        }
        AdminAuthenticator authenticator = new AdminAuthenticator(jdbi, hasher, environment.metrics(), new SignInThrottle());
        WebSessions sessions = new WebSessions(jdbi, java.time.Clock.systemUTC());
        SignInLog signIns = new SignInLog(jdbi, activity);
        environment.jersey().register(new AdminsOnly(authenticator, sessions, signIns));
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(Admin.class));
        environment.jersey().register(new RefusedBodyDrain());
        // Redirects stay relative ("/login"), never built from the request's Host header.
        environment.jersey().property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
        environment.jersey().register(new PromoteExceptionMapper());
        environment.jersey().register(new DatabaseExceptionMapper());
        environment.jersey().register(new ParamExceptionMapper());
        environment.jersey().register(new BadRequestMapper());
        environment.jersey().register(new UnexpectedExceptionMapper());

        // The JSON API: reference data, the CRM, members; then what extensions add.
        environment.jersey().register(new AdminResource(jdbi, hasher, guard, activity));
        environment.jersey().register(new CommunityResource(jdbi, guard, activityLog));
        TeamExtras teamExtras = new TeamExtras(extensions.teamFields());
        environment.jersey().register(new TeamResource(jdbi, guard, teamExtras, activityLog));
        environment.jersey().register(new TeamsCsvResource(jdbi, guard, teamExtras));
        environment.jersey().register(new GroupResource(jdbi, guard, activityLog));
        environment.jersey().register(new PeopleResource(jdbi, guard, activityLog));
        MemberReader members = new MemberReader(extensions.memberFields());
        environment.jersey().register(new MemberResource(jdbi, guard, members));
        environment.jersey().register(new MembersCsvResource(jdbi, guard, members));
        OnboardingFeature.install(environment, jdbi, config.getSmtp(), guard, activityLog);
        environment.jersey().register(new ActivityResource(jdbi, guard));
        extensions.resources().forEach(environment.jersey()::register);
        WebFeature.install(environment, jdbi, guard, authenticator, sessions, teamExtras, members,
                new ExtensionPages(extensions.registry(), extensions.pages()), signIns);

        // Promotions: uploads are stored and queued; the runner works through the queue.
        PromotionRunner runner = new PromotionRunner(jdbi, extensions.registry(),
                PromotionRunner.Settings.defaults(), clock.asClock(), new PromotionMetrics(environment.metrics()));
        PromotionService promotions = new PromotionService(jdbi, extensions.registry(), clock,
                config.getMaxUploadBytes(), runner::nudge, activity);
        PromotionRunnerManager runnerManager = new PromotionRunnerManager(runner);
        environment.lifecycle().manage(runnerManager);
        environment.healthChecks().register("promotion-runner", runnerManager);
        environment.jersey().register(new PromotionResource(promotions,
                new UndoService(jdbi, clock, activity, runner::nudge), guard,
                new PreviewFixes(jdbi, clock, runner::nudge, activity)));

        // Running for years: uploaded files go when their undo window has passed; the queues
        // are watched (metrics on the admin port, as JSON and for Prometheus; a health check).
        environment.lifecycle().manage(new FileRetentionJob(new FileRetention(jdbi, clock, config.getFileRetention())));
        QueueState queues = new QueueState(jdbi, clock, QUEUE_STUCK_AFTER);
        QueueMetrics.register(environment.metrics(), queues);
        environment.healthChecks().register("promotion-queue", new QueueHealthCheck(queues));
        PrometheusEndpoint.install(environment, environment.metrics());
        environment.servlets().addFilter("upload-limit", new UploadLimitFilter(config.getMaxUploadBytes()))
                .addMappingForUrlPatterns(null, false, "/api/communities/*");

        services = new Services(jdbi, clock, guard, hasher, extensions, promotions);
    }

    /** Called by the demo command before {@link #run}: its own admin replaces the generated first admin. */
    public void startingDemo() {
        demo = true;
    }

    /** The wired services, for commands that run inside the app (the demo seeder). */
    public Services services() {
        return services;
    }

    public record Services(Jdbi jdbi, PromoteClock clock, CommunityGuard guard, PasswordHasher hasher,
                           Extensions extensions, PromotionService promotions) {
    }
}
