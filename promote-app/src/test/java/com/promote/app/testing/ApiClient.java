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

    /** A client of an app started some other way (a separate process). */
    public static ApiClient at(URI base, String username, String password) {
        return new ApiClient(base, username, password);
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

    /** A GET whose body is kept as bytes (a workbook download); fails the test unless it answers 200. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request(path).GET().header("Accept", "*/*").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("expected 200 from " + path + ", got " + r.statusCode() + " "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ApiResponse post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : toJson(body))));
    }

    public ApiResponse put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : toJson(body))));
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    /** A multipart POST: the file as part {@code file}, plus plain form fields. */
    public ApiResponse upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "promote-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Uploads a CSV to a community and waits until its promotion has finished; returns the promotion JSON. */
    public JsonNode promote(long community, String csv, boolean dryRun) {
        ApiResponse r = upload("/api/communities/" + community + "/promotions", "people.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of("dryRun", String.valueOf(dryRun)));
        if (r.status() != 202) {
            throw new AssertionError("expected 202, got " + r);
        }
        return awaitFinished(community, r.json().get("id").asLong());
    }

    public JsonNode awaitFinished(long community, long promotion) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode p = get("/api/communities/" + community + "/promotions/" + promotion).json();
            String status = p.get("status").asText();
            if (status.equals("succeeded") || status.equals("failed")) {
                return p;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("promotion " + promotion + " did not finish within 60 s");
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** POST /api/communities; fails the test unless it answers 201. Returns the new id. */
    /**
     * Asks for the undo ({@code 202}) and follows the promotion's {@code undo} until it ends;
     * answers that {@code undo}, with every state it went through in {@code seen}.
     */
    public JsonNode undo(long community, long promotion, java.util.List<String> seen) {
        ApiResponse r = post("/api/communities/" + community + "/promotions/" + promotion + "/undo", Map.of());
        if (r.status() != 202) {
            throw new AssertionError("expected 202, got " + r);
        }
        seen.add(r.json().get("status").asText());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode undo = get("/api/communities/" + community + "/promotions/" + promotion).json().get("undo");
            String status = undo.get("status").asText();
            if (!seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
            }
            if (status.equals("succeeded") || status.equals("failed")) {
                return undo;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the undo of promotion " + promotion + " did not finish within 60 s");
    }

    public JsonNode undo(long community, long promotion) {
        return undo(community, promotion, new java.util.ArrayList<>());
    }

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
