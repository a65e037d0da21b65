package com.promote.app.takeover;

import com.promote.app.PromoteApplication;
import com.promote.app.testing.PromoteTestApp;
import com.promote.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The app as a separate operating-system process, started as {@code server config.yml} with the
 * same classes the jar holds, so a test can kill it with SIGKILL as a crash would.
 */
final class AppProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    final int port;
    final int adminPort;
    final Path log;

    private AppProcess(Process process, int port, int adminPort, Path log) {
        this.process = process;
        this.port = port;
        this.adminPort = adminPort;
        this.log = log;
    }

    static AppProcess start(TestDatabase db, String name) throws IOException {
        int port = freePort();
        int adminPort = freePort();
        Path log = Files.createTempFile("promote-" + name + "-", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                PromoteApplication.class.getName(), "server", PromoteTestApp.CONFIG.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("PROMOTE_DB_URL", db.url());
        env.put("PROMOTE_DB_USER", db.user());
        env.put("PROMOTE_DB_PASSWORD", db.password());
        env.put("PROMOTE_HTTP_PORT", String.valueOf(port));
        env.put("PROMOTE_ADMIN_PORT", String.valueOf(adminPort));
        env.put("PROMOTE_ADMIN_USER", PromoteTestApp.ADMIN);
        env.put("PROMOTE_ADMIN_PASSWORD", PromoteTestApp.PASSWORD);
        env.put("PROMOTE_PLUGINS_DIR", "/nonexistent");
        env.put("PROMOTE_CLOCK_FIXED_DATE", PromoteTestApp.TODAY);
        return new AppProcess(builder.start(), port, adminPort, log);
    }

    /** Waits until the app answers on both ports. */
    AppProcess awaitUp(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited: " + Files.readString(log));
            }
            try {
                if (get(adminPort, "/healthcheck").statusCode() > 0) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        String output = Files.readString(log);
        close();
        throw new IllegalStateException("the app did not start within " + limit + ": " + output);
    }

    /** The admin port's health check text, which names this instance's runner. */
    String health() throws Exception {
        return get(adminPort, "/healthcheck").body();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** SIGKILL: no shutdown hook, no hand-back of claimed work, connections cut mid-transaction. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        Files.deleteIfExists(log);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
