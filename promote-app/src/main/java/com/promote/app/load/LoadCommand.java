package com.promote.app.load;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.PromoteConfiguration;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@code load config.yml --url http://127.0.0.1:8080 --user ADMIN --password SECRET}: against one
 * running app on this machine (and its database, from the same config), admins upload files while
 * readers page through members, promotion results and the members page; then prints throughput,
 * p50/p99 per route and errors, and checks that every promotion finished with every row exactly
 * once. Run on demand, like {@code bench}; bounded in requests and time, loopback only.
 */
public final class LoadCommand extends ConfiguredCommand<PromoteConfiguration> {
    private static final List<String> READS = List.of("GET members (API)", "GET promotion results (API)",
            "GET members page (HTML)");

    public LoadCommand() {
        super("load", "Load test against a running app on this machine: uploads and reads at once, then checks");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--url").setDefault("http://127.0.0.1:8080").help("the running app (loopback only)");
        subparser.addArgument("--user").required(true).help("an admin of the app (creates the test's communities and admins)");
        subparser.addArgument("--password").required(true);
        subparser.addArgument("--seconds").type(Integer.class).setDefault(120).help("how long readers read (default 120)");
        subparser.addArgument("--readers").type(Integer.class).setDefault(100);
        subparser.addArgument("--admins").type(Integer.class).setDefault(10);
        subparser.addArgument("--communities").type(Integer.class).setDefault(5);
        subparser.addArgument("--files").type(Integer.class).setDefault(50);
        subparser.addArgument("--think-ms").type(Integer.class).setDefault(1000)
                .help("a reader's pause between pages, as a person reading them (default 1000)");
        subparser.addArgument("--seed").type(Long.class).setDefault(42L);
        subparser.addArgument("--admin-url").setDefault("http://127.0.0.1:8081")
                .help("the app's admin port, sampled for its connection pool and request timings");
    }

    private record Admin(String name, String password, long community, String session) {
    }

    @Override
    protected void run(Bootstrap<PromoteConfiguration> bootstrap, Namespace ns, PromoteConfiguration config)
            throws Exception {
        int seconds = Math.min(ns.getInt("seconds"), 900);
        int readers = Math.min(ns.getInt("readers"), 500);
        int adminCount = ns.getInt("admins");
        int communityCount = ns.getInt("communities");
        int thinkMs = ns.getInt("think_ms");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Latencies latencies = new Latencies();
        LoadHttp http = new LoadHttp(URI.create(ns.getString("url")), latencies);
        String root = LoadHttp.basic(ns.getString("user"), ns.getString("password"));
        LoadPlan plan = new LoadPlan(tag, adminCount, communityCount, ns.getInt("files"), ns.getLong("seed"));

        ManagedDataSource dataSource = config.getDatabase().build(new MetricRegistry(), "load");
        try {
            Jdbi jdbi = Jdbi.create(dataSource);
            long[] communities = new long[communityCount];
            for (int c = 0; c < communityCount; c++) {
                communities[c] = created(http.post("setup", "/api/communities", root, Map.of("name", "Load " + tag + " " + c,
                        "timeZone", "UTC", "billingEnabled", false, "defaultBillingDay", 1)));
                seedLeads(jdbi, communities[c], plan, c);
            }
            List<Admin> admins = new ArrayList<>();
            for (int a = 0; a < adminCount; a++) {
                String name = "load-" + tag + "-" + a;
                String password = "load test password " + a;
                created(http.post("setup", "/api/admins", root, Map.of("username", name, "password", password)));
                long community = communities[a % communityCount];
                http.post("setup", "/api/communities/" + community + "/admins", root, Map.of("username", name));
                admins.add(new Admin(name, password, community, http.signIn(name, password)));
            }
            System.out.printf("Load %s: %d admins in %d communities upload %d files (%,d rows, 10 to 2,000 a file,"
                            + " overlapping); %d readers (pause %d ms) for %d s%n", tag, adminCount, communityCount,
                    plan.files.size(), plan.totalRows(), readers, thinkMs, seconds);

            long start = System.nanoTime();
            long readUntil = start + TimeUnit.SECONDS.toNanos(seconds);
            ConcurrentLinkedQueue<Long> promotions = new ConcurrentLinkedQueue<>();
            ExecutorService uploaders = Executors.newFixedThreadPool(adminCount);
            for (int a = 0; a < adminCount; a++) {
                Admin admin = admins.get(a);
                List<LoadPlan.File> mine = plan.files.stream().filter(f -> f.admin() == admins.indexOf(admin)).toList();
                uploaders.submit(() -> upload(http, admin, mine, promotions));
            }
            ExecutorService readerPool = Executors.newFixedThreadPool(readers);
            for (int r = 0; r < readers; r++) {
                Admin admin = admins.get(r % adminCount);
                int first = r;
                readerPool.submit(() -> read(http, admin, first, readUntil, thinkMs));
            }
            readerPool.shutdown();
            PoolSampler pool = new PoolSampler(http, ns.getString("admin_url"));
            Thread sampler = new Thread(() -> pool.sampleUntil(readerPool), "pool-sampler");
            sampler.setDaemon(true);
            sampler.start();
            readerPool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
            uploaders.shutdown();
            boolean allUploaded = uploaders.awaitTermination(15, TimeUnit.MINUTES);
            double elapsed = (System.nanoTime() - start) / 1e9;
            uploaders.shutdownNow();

            report(latencies, elapsed, seconds);
            pool.report();
            boolean ok = check(jdbi, plan, communities, promotions, allUploaded) & latencies.serverErrors() == 0;
            Latencies.Summary reads = latencies.combined("all reads", READS);
            System.out.printf("Target: no 5xx (%d), p99 of reads under 500 ms (%.0f ms): %s%n", latencies.serverErrors(),
                    reads.p99(), ok && reads.p99() < 500 ? "MET" : "NOT MET");
            if (!ok) {
                System.exit(1);
            }
        } finally {
            dataSource.stop();
        }
    }

    private static long created(LoadHttp.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("setup failed: " + answer.status() + " " + answer.body());
        }
        return answer.json().get("id").asLong();
    }

    private static void seedLeads(Jdbi jdbi, long community, LoadPlan plan, int c) {
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name, email,"
                    + " email_key, company_name, created_at) VALUES (:c, 'lead', 'Lead', :n, :e, :e, 'Co', CURRENT_TIMESTAMP(3))");
            for (int k = 0; k < plan.poolSize[c]; k++) {
                batch.bind("c", community).bind("n", "L" + k).bind("e", plan.email(c, k)).add();
                if (batch.size() == 1_000) {
                    batch.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    /** One admin's files, one after the other: upload, then follow its progress until it is done. */
    private static void upload(LoadHttp http, Admin admin, List<LoadPlan.File> files, ConcurrentLinkedQueue<Long> promotions) {
        String auth = LoadHttp.basic(admin.name(), admin.password());
        String base = "/api/communities/" + admin.community() + "/promotions";
        for (LoadPlan.File file : files) {
            LoadHttp.Answer up = http.upload("POST upload", base, auth, file.name(), file.csv());
            if (up.status() != 202) {
                continue;
            }
            long id = up.json().get("id").asLong();
            promotions.add(id);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                LoadHttp.Answer p = http.get("GET promotion progress", base + "/" + id + "?rowsFrom=100000", auth);
                String status = p.status() == 200 ? p.json().get("status").asText() : "";
                if (status.equals("succeeded") || status.equals("failed")) {
                    break;
                }
                pause(500);
            }
        }
    }

    /** A person paging: members a page at a time, a promotion's result rows, the members page. */
    private static void read(LoadHttp http, Admin admin, int seed, long until, int thinkMs) {
        String auth = LoadHttp.basic(admin.name(), admin.password());
        String c = "/api/communities/" + admin.community();
        int step = seed % 3;
        int membersOffset = 0;
        int pageNo = 0;
        pause(seed * 10L % Math.max(1, thinkMs));
        while (System.nanoTime() < until) {
            switch (step++ % 3) {
                case 0 -> {
                    LoadHttp.Answer m = http.get("GET members (API)", c + "/members?offset=" + membersOffset + "&limit=50", auth);
                    membersOffset = m.status() == 200 && m.json().size() == 50 ? membersOffset + 50 : 0;
                }
                case 1 -> {
                    LoadHttp.Answer list = http.get("GET promotions list (API)", c + "/promotions", auth);
                    if (list.status() == 200 && list.json().size() > 0) {
                        JsonNode p = list.json().get(seed % list.json().size());
                        int from = 1 + (seed * 37) % Math.max(1, p.get("totalRows").asInt());
                        http.get("GET promotion results (API)", c + "/promotions/" + p.get("id").asLong()
                                + "?rowsFrom=" + from, auth);
                    }
                }
                default -> {
                    LoadHttp.Answer page = http.get("GET members page (HTML)", "/communities/" + admin.community()
                            + "/members?page=" + pageNo, admin.session());
                    pageNo = page.status() == 200 && page.body().contains("rel=\"next\"") ? pageNo + 1 : 0;
                }
            }
            pause(thinkMs);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void report(Latencies latencies, double elapsed, int seconds) {
        System.out.printf("%nRequests: %,d in %.0f s -> %.1f requests/s (reads for %d s, then until the uploads finished)%n",
                latencies.total(), elapsed, latencies.total() / elapsed, seconds);
        System.out.printf("%-30s %8s %8s %6s %10s %10s %10s%n", "route", "count", "errors", "5xx", "p50 ms", "p99 ms", "max ms");
        List<Latencies.Summary> rows = new ArrayList<>(latencies.summaries());
        rows.add(latencies.combined("all reads", READS));
        for (Latencies.Summary s : rows) {
            System.out.printf("%-30s %8d %8d %6d %10.1f %10.1f %10.1f%n", s.route(), s.count(), s.errors(),
                    s.serverErrors(), s.p50(), s.p99(), s.max());
        }
        latencies.firstErrors().forEach(e -> System.out.println("  error: " + e));
    }

    /**
     * Every promotion finished and saw each of its rows once; every person named in any file was
     * promoted exactly once (the files overlap, so later rows for the same person fail instead).
     */
    private static boolean check(Jdbi jdbi, LoadPlan plan, long[] communities, ConcurrentLinkedQueue<Long> promotions,
                                 boolean allUploaded) {
        List<Long> ids = List.copyOf(promotions);
        boolean ok = allUploaded && ids.size() == plan.files.size();
        System.out.printf("%nChecks:%n  uploads accepted: %d of %d%s%n", ids.size(), plan.files.size(), allUploaded ? "" : " (timed out)");
        int unfinished = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM promotions WHERE id IN (<ids>)"
                + " AND (status <> 'succeeded' OR processed_rows <> total_rows)").bindList("ids", ids).mapTo(Integer.class).one());
        int lost = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM promotions p WHERE p.id IN (<ids>) AND"
                + " p.total_rows <> (SELECT COUNT(*) FROM promotion_rows r WHERE r.promotion_id = p.id)")
                .bindList("ids", ids).mapTo(Integer.class).one());
        System.out.printf("  promotions not succeeded with every row processed: %d%n  promotions whose stored rows"
                + " differ from the file's: %d%n", unfinished, lost);
        ok &= unfinished == 0 && lost == 0;
        for (int c = 0; c < communities.length; c++) {
            long community = communities[c];
            Set<String> named = new HashSet<>();
            int c0 = c;
            plan.files.stream().filter(f -> f.community() == c0).forEach(f -> named.addAll(f.emails()));
            int members = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM members WHERE community_id = :c")
                    .bind("c", community).mapTo(Integer.class).one());
            int promotedRows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM promotion_rows r JOIN promotions p"
                    + " ON p.id = r.promotion_id WHERE p.community_id = :c AND r.result = 'promoted'")
                    .bind("c", community).mapTo(Integer.class).one());
            int doubled = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM (SELECT LOWER(r.email) e FROM promotion_rows r"
                    + " JOIN promotions p ON p.id = r.promotion_id WHERE p.community_id = :c AND r.result = 'promoted'"
                    + " GROUP BY LOWER(r.email) HAVING COUNT(*) > 1) d").bind("c", community).mapTo(Integer.class).one());
            boolean good = members == named.size() && promotedRows == named.size() && doubled == 0;
            System.out.printf("  community %d: %,d people named in its files, %,d members, %,d rows promoted, %d"
                    + " promoted twice: %s%n", community, named.size(), members, promotedRows, doubled, good ? "ok" : "WRONG");
            ok &= good;
        }
        return ok;
    }
}
