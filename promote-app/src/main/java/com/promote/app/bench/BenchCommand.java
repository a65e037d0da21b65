package com.promote.app.bench;

import com.promote.app.PromoteApplication;
import com.promote.app.PromoteConfiguration;
import com.promote.app.auth.AdminDao;
import com.promote.app.auth.PasswordHasher;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code bench config.yml [--rows 100000] [--runs 3]}: the measure of issue 12, on the configured
 * database. Starts this app's real server in-process (free ports), then, for each run: a
 * billing-enabled community with {@code rows} leads; the floor (the same number of rows shaped
 * like {@code members}, plain JDBC batches of 1,000, a commit each); a dry run, the promotion and
 * its undo of {@link BenchFile}'s file, each timed the way an admin waits, over HTTP with Basic
 * auth, from the request until the promotion (or its undo) says {@code succeeded}. Every answer is
 * checked against the database, so a wrong fast run fails. Prints each figure beside the floor of
 * the same run and the ratio; with several runs, the medians. Run on demand, not in tests.
 */
public final class BenchCommand extends ServerCommand<PromoteConfiguration> {
    private final PromoteApplication application;

    public BenchCommand(PromoteApplication application) {
        super(application, "bench", "Measures promotion, dry run and undo of N billing rows against a raw insert");
        this.application = application;
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--rows").type(Integer.class).setDefault(100_000).help("rows of the file (default 100000)");
        subparser.addArgument("--runs").type(Integer.class).setDefault(1).help("repeat; medians are printed (default 1)");
        subparser.addArgument("--skip-undo").type(Boolean.class).setDefault(false)
                .help("true: leave out the undo (while profiling the promotion)");
    }

    @Override
    protected void run(Bootstrap<PromoteConfiguration> bootstrap, Namespace namespace, PromoteConfiguration config)
            throws Exception {
        // Ports of our own: another app (or bench) on this machine keeps its 8080.
        if (config.getServerFactory() instanceof DefaultServerFactory server) {
            for (var connector : server.getApplicationConnectors()) {
                ((HttpConnectorFactory) connector).setPort(freePort());
            }
            for (var connector : server.getAdminConnectors()) {
                ((HttpConnectorFactory) connector).setPort(freePort());
            }
        }
        if (config.getLoggingFactory() instanceof io.dropwizard.logging.common.DefaultLoggingFactory logging) {
            logging.setLevel("WARN"); // the figures, not the server's start-up
            logging.configure(bootstrap.getMetricRegistry(), bootstrap.getApplication().getName());
        }
        super.run(bootstrap, namespace, config);
    }

    @Override
    protected void run(Environment environment, Namespace namespace, PromoteConfiguration config) throws Exception {
        super.run(environment, namespace, config); // the server is listening when this returns
        int code = 1;
        try {
            int port = ((HttpConnectorFactory) ((DefaultServerFactory) config.getServerFactory())
                    .getApplicationConnectors().get(0)).getPort();
            code = bench(namespace, config, URI.create("http://127.0.0.1:" + port + "/")) ? 0 : 1;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.out.flush();
            System.exit(code);
        }
    }

    private boolean bench(Namespace namespace, PromoteConfiguration config, URI base) throws Exception {
        int rows = namespace.getInt("rows");
        int runs = namespace.getInt("runs");
        boolean skipUndo = namespace.getBoolean("skip_undo");
        PromoteApplication.Services services = application.services();
        Jdbi jdbi = services.jdbi();
        String user = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String password = PasswordHasher.randomPassword();
        jdbi.useExtension(AdminDao.class, d -> d.insert(user, services.hasher().hash(password)));
        BenchHttp http = new BenchHttp(base, user, password);

        System.out.printf("Commit: %s%nDatabase: %s%nRows: %,d, runs: %d, max heap %,d MiB%n", commit(),
                config.getDatabase().getUrl(), rows, runs, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        List<BenchRun.Figures> all = new ArrayList<>();
        boolean ok = true;
        for (int i = 1; i <= runs; i++) {
            resetPeaks();
            BenchRun.Figures f = new BenchRun(http, jdbi, services.clock(), rows, skipUndo, config.getMaxUploadBytes()).run();
            System.out.printf("Run %d: %s (peak heap %,d MiB)%n", i, f.describe(), peakHeapBytes() / (1024 * 1024));
            ok &= f.checked();
            all.add(f);
        }
        if (runs > 1) {
            System.out.printf("Median of %d runs: %s%n", runs, BenchRun.Figures.median(all).describe());
        }
        System.out.println(ok ? "All answers checked." : "SOME ANSWERS WERE WRONG: the figures do not count.");
        return ok;
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            if (git.waitFor() == 0 && !out.isEmpty()) {
                return out;
            }
        } catch (IOException e) {
            // no git here: fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String version = BenchCommand.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
