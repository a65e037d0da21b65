package com.promote.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promote.app.PromoteApplication;
import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** The whole app on a fresh in-memory H2, and a small HTTP Basic client to seed it. */
final class WebApp {
    static final String ADMIN = "web-admin";
    static final String PASSWORD = "correct-horse-battery";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebApp() {
    }

    static DropwizardAppExtension<PromoteConfiguration> extension() {
        try {
            return extension(Files.createTempDirectory("promote-web-plugins"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The billing plugin as the build leaves it; run {@code mvn package} (or {@code verify}) on the reactor first. */
    static final Path BILLING_JAR = Path.of("../promote-billing-plugin/target/promote-billing-plugin.jar");

    /** The app with only the billing plugin in its plugins folder (none when the jar is not built). */
    static DropwizardAppExtension<PromoteConfiguration> extensionWithBilling() {
        try {
            Path plugins = Files.createTempDirectory("promote-web-plugins");
            if (Files.exists(BILLING_JAR)) {
                Files.copy(BILLING_JAR, plugins.resolve("promote-billing-plugin.jar"));
            }
            return extension(plugins);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DropwizardAppExtension<PromoteConfiguration> extension(Path plugins) {
        return new DropwizardAppExtension<>(PromoteApplication.class, Path.of("../config.yml").toAbsolutePath().toString(),
                ConfigOverride.config("database.url",
                        "jdbc:h2:mem:web-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1"),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("adminUser", ADMIN),
                ConfigOverride.config("adminPassword", PASSWORD),
                ConfigOverride.config("pluginsDir", plugins.toString()),
                ConfigOverride.config("clockFixedDate", "2026-05-15"));
    }

    static String base(DropwizardAppExtension<PromoteConfiguration> app) {
        return "http://localhost:" + app.getLocalPort();
    }

    /** Calls the JSON API as the first admin, with HTTP Basic. */
    static final class Api {
        private final String base;
        private final HttpClient http = HttpClient.newHttpClient();

        Api(String base) {
            this.base = base;
        }

        JsonNode post(String path, Map<String, ?> body) {
            HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(write(body))));
            if (res.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " answered " + res.statusCode() + ": " + res.body());
            }
            return read(res.body());
        }

        JsonNode get(String path) {
            HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            if (res.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + res.statusCode() + ": " + res.body());
            }
            return read(res.body());
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            try {
                return http.send(request.header("Authorization", "Basic " + basic).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** A community with two groups and a few leads and contacts; answers its id. */
        long seedCommunity(String name) {
            long c = post("/api/communities", Map.of("name", name, "timeZone", "America/New_York",
                    "billingEnabled", false, "defaultBillingDay", 1)).get("id").asLong();
            post("/api/communities/" + c + "/groups", Map.of("name", "Group Blue"));
            post("/api/communities/" + c + "/groups", Map.of("name", "Group A"));
            person(c, "lead", "Ada", "Lovelace", "ada@example.com", "Analytical Engines");
            person(c, "lead", "Charles", "Babbage", "charles@example.com", "Analytical Engines");
            person(c, "contact", "Grace", "Hopper", "grace@example.com", "Navy Labs");
            person(c, "contact", "Alan", "Turing", "alan@example.com", "Bletchley Park");
            person(c, "lead", "Katherine", "Johnson", "katherine@example.com", "<b>NASA</b> & Co");
            return c;
        }

        void person(long c, String type, String first, String last, String email, String company) {
            post("/api/communities/" + c + "/people", Map.of("type", type, "firstName", first, "lastName", last,
                    "email", email, "companyName", company, "source", "Website"));
        }

        private static String write(Object body) {
            try {
                return JSON.writeValueAsString(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static JsonNode read(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
