package com.promote.app.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A tiny HTTP client for black-box tests: HTTP Basic as one admin (or none), JSON in and out.
 * Bodies that are not a {@code String} are sent as JSON; a {@code String} is sent as it is,
 * so tests can send broken JSON.
 */
public final class ApiClient {
    public static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String authorization;

    ApiClient(URI base, String username, String password) {
        this.base = base;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The answer: status, raw body, headers; {@link #json()} parses the body. */
    public record ApiResponse(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public ApiResponse get(String path) {
        return send(request(path).GET().header("Accept", "*/*"));
    }

    public ApiResponse post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : toJson(body))));
    }

    /** POST /api/communities; fails the test unless it answers 201. Returns the new id. */
    public long createCommunity(String name) {
        ApiResponse r = post("/api/communities", Map.of("name", name, "timeZone", "Europe/Berlin",
                "billingEnabled", false, "defaultBillingDay", 1));
        return idOf201(r);
    }

    /** The {@code id} of a 201 answer; fails the test with the body otherwise. */
    public static long idOf201(ApiResponse r) {
        if (r.status() != 201) {
            throw new AssertionError("expected 201, got " + r);
        }
        return r.json().get("id").asLong();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
