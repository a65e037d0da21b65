package com.promote.app.bench;

import com.codahale.metrics.MetricRegistry;
import com.promote.app.PromoteConfiguration;
import com.promote.app.auth.CommunityGuard;
import com.promote.api.CommunitySetting;
import com.promote.app.wiring.Extensions;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.communities.Community;
import com.promote.engine.communities.CommunityDao;
import com.promote.engine.communities.NewCommunity;
import com.promote.engine.db.Migrator;
import com.promote.engine.groups.GroupDao;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.PromotionRunner;
import com.promote.engine.promotions.PromotionService;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.LocalDate;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * {@code bench config.yml --rows 100000 [--extensions true]}: seeds a throwaway community with that
 * many leads, promotes them all from one CSV (teams of five, a room permission and a custom field
 * each; with {@code --extensions}, also what every installed extension's example cells say, on a
 * community with the settings they serve on) on the configured database, and prints rows/s and
 * peak heap. Run on demand, not in tests.
 * {@code --workbook} uploads the same rows as an Excel workbook instead (shared strings, as
 * Excel saves them, plus a date cell a row).
 */
public final class BenchCommand extends ConfiguredCommand<PromoteConfiguration> {
    public BenchCommand() {
        super("bench", "Promotes N generated leads on the configured database and prints rows/s and peak heap");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--rows").type(Integer.class).setDefault(10_000).help("how many rows (default 10000)");
        subparser.addArgument("--extensions").type(Boolean.class).setDefault(false)
                .help("true: turn on every community setting an installed extension serves, seed the extensions'"
                        + " demo data and add their example cells to every row, the way users promote (default false)");
        subparser.addArgument("--workbook").action(net.sourceforge.argparse4j.impl.Arguments.storeTrue())
                .help("upload the rows as an .xlsx workbook instead of CSV");
        subparser.addArgument("--batch").type(Integer.class).setDefault(500).help("rows per transaction (default 500)");
    }

    @Override
    protected void run(Bootstrap<PromoteConfiguration> bootstrap, Namespace namespace, PromoteConfiguration config)
            throws Exception {
        int rows = namespace.getInt("rows");
        boolean workbook = namespace.getBoolean("workbook");
        ManagedDataSource dataSource = config.getDatabase().build(new MetricRegistry(), "bench");
        Path csv = Files.createTempFile("promote-bench-", workbook ? ".xlsx" : ".csv");
        try {
            Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
            PromoteClock clock = PromoteClock.system();
            Extensions extensions = Extensions.load(config.getPluginsDir(), jdbi, clock, new CommunityGuard(jdbi));
            new Migrator(dataSource).migrate(extensions.changelogs());
            String tag = UUID.randomUUID().toString().substring(0, 8);
            boolean withExtensions = namespace.getBoolean("extensions");
            Community community = seed(jdbi, tag, rows, withExtensions ? extensions : null);
            Map<String, String> extra = new LinkedHashMap<>();
            if (withExtensions) {
                LocalDate today = clock.today(community.zone());
                extensions.demoSeeders().forEach(s -> extra.putAll(s.exampleCells(community.info(), today)));
            }
            if (workbook) {
                writeWorkbook(csv, tag, rows, extra);
            } else {
                writeCsv(csv, tag, rows, extra);
            }
            if (Files.size(csv) > config.getMaxUploadBytes()) {
                throw new IllegalArgumentException(String.format("The generated file has %,d bytes, over the upload"
                        + " limit of %,d MB: set PROMOTE_MAX_UPLOAD_MB to at least %d", Files.size(csv),
                        config.getMaxUploadBytes() >> 20, (Files.size(csv) >> 20) + 1));
            }
            System.out.printf("Extension cells on every row: %s%n", extra);
            System.out.printf("Database: %s%nRows: %,d (%s file %,d bytes)%n", config.getDatabase().getUrl(), rows,
                    workbook ? "xlsx" : "csv", Files.size(csv));

            resetPeaks();
            PromotionRunner runner = new PromotionRunner(jdbi, extensions.registry(), new PromotionRunner.Settings(1,
                    namespace.getInt("batch"), Duration.ofMillis(200), Duration.ofMinutes(5)), Clock.systemUTC());
            PromotionService service = new PromotionService(jdbi, extensions.registry(), clock,
                    config.getMaxUploadBytes(), () -> { });
            long t0 = System.nanoTime();
            Promotion p;
            try (InputStream in = Files.newInputStream(csv)) {
                p = service.upload(community, 0, workbook ? "bench.xlsx" : "bench.csv", in, false, false);
            }
            long t1 = System.nanoTime();
            System.out.printf("Upload accepted after %.2f s (check + store)%n", (t1 - t0) / 1e9);
            long promotionId = p.id();
            ProgressWatch progress = new ProgressWatch(
                    () -> service.find(community.id(), promotionId).orElseThrow().processedRows(), t1);
            runner.runOne();
            long t2 = System.nanoTime();
            progress.close();
            Promotion done = service.find(community.id(), p.id()).orElseThrow();
            double checkS = (t1 - t0) / 1e9;
            double runS = (t2 - t1) / 1e9;
            System.out.printf("Upload check + store: %.2f s%nPromotion run: %.2f s -> %,.0f rows/s (%s: %,d promoted, %,d failed)%n"
                            + "End to end: %,.0f rows/s%nPeak heap: %,d MiB (max heap %,d MiB)%n",
                    checkS, runS, rows / runS, done.status(), done.promoted(), done.failed(), rows / (checkS + runS),
                    peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.println(progress.report());
        } finally {
            Files.deleteIfExists(csv);
            dataSource.stop();
        }
    }

    /** With {@code extensions}: every setting they serve on, and their demo data seeded. */
    private static Community seed(Jdbi jdbi, String tag, int rows, Extensions extensions) {
        return jdbi.inTransaction(h -> {
            boolean settingOn = extensions != null && extensions.registry().serves(CommunitySetting.BILLING_ENABLED);
            long id = h.attach(CommunityDao.class).insert(new NewCommunity("Bench " + tag, "UTC", settingOn, 1));
            h.attach(GroupDao.class).insert(id, "Group Blue");
            PreparedBatch batch = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name, email,"
                    + " email_key, company_name, created_at) VALUES (:c, 'lead', :f, :l, :e, :e, :co, CURRENT_TIMESTAMP(3))");
            for (int i = 0; i < rows; i++) {
                String email = "lead" + i + "@" + tag + ".example";
                batch.bind("c", id).bind("f", "First" + i).bind("l", "Last" + i).bind("e", email)
                        .bind("co", "Company " + (i / 5)).add();
                if (batch.size() == 1_000) {
                    batch.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
            Community community = h.attach(CommunityDao.class).find(id).orElseThrow();
            if (extensions != null) {
                extensions.demoSeeders().forEach(seeder -> seeder.seed(h, community.info()));
            }
            return community;
        });
    }

    private static void writeCsv(Path csv, String tag, int rows, Map<String, String> extra) throws java.io.IOException {
        StringBuilder header = new StringBuilder("email,first_name,last_name,company_name,Room Permissions,Key Fob");
        StringBuilder cells = new StringBuilder();
        extra.forEach((column, value) -> {
            header.append(',').append(quoted(column));
            cells.append(',').append(quoted(value));
        });
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(header + "\n");
            for (int i = 0; i < rows; i++) {
                w.write("lead" + i + "@" + tag + ".example,First" + i + ",Last" + i + ",Team " + (i / 5)
                        + ",Group Blue,KF-" + i + cells + "\n");
            }
        }
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static void writeWorkbook(Path file, String tag, int rows, Map<String, String> extra)
            throws java.io.IOException {
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "Promote bench", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Leads");
            String[] header = {"email", "first_name", "last_name", "company_name", "Room Permissions", "Key Fob", "Joined"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            List<String> extraValues = new ArrayList<>(extra.values());
            int col = header.length;
            for (String name : extra.keySet()) {
                ws.value(0, col++, name);
            }
            java.time.LocalDate joined = java.time.LocalDate.of(2026, 1, 1);
            for (int i = 0; i < rows; i++) {
                int r = i + 1;
                ws.value(r, 0, "lead" + i + "@" + tag + ".example");
                ws.value(r, 1, "First" + i);
                ws.value(r, 2, "Last" + i);
                ws.value(r, 3, "Team " + (i / 5));
                ws.value(r, 4, "Group Blue");
                ws.value(r, 5, "KF-" + i);
                ws.value(r, 6, joined.plusDays(i % 365));
                ws.style(r, 6).format("yyyy-mm-dd").set();
                for (int e = 0; e < extraValues.size(); e++) {
                    ws.value(r, header.length + e, extraValues.get(e));
                }
                if (r % 1_000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
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
