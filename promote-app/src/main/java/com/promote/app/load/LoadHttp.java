package com.promote.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The load test's HTTP side: one app on this machine only, every request timed by route. */
final class LoadHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final URI base;
    private final HttpClient http;
    private final Latencies latencies;

    LoadHttp(URI base, Latencies latencies) throws IOException {
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("The load test only targets an app on this machine (127.0.0.1,"
                    + " localhost or ::1), not " + base.getHost());
        }
        this.base = base;
        this.latencies = latencies;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).executor(java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
                    Thread t = new Thread(r, "load-http");
                    t.setDaemon(true); // the command ends when its report is printed
                    return t;
                })).build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String route, String path, String auth) {
        return send(route, request(path, auth).GET());
    }

    /** An untimed GET of another URL on this machine (the app's admin port). */
    Answer getAbsolute(String url) {
        URI uri = URI.create(url);
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                return new Answer(0, "not on this machine");
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    Answer post(String route, String path, String auth, Object body) {
        try {
            return send(route, request(path, auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer upload(String route, String path, String auth, String fileName, byte[] file) {
        String boundary = "promote-load-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(route, request(path, auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Signs in through the page's form; returns the session cookie ("promote_session=..."). */
    String signIn(String user, String password) {
        try {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String loginCookie = cookie(form, "promote_login");
            Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(form.body());
            if (!token.find()) {
                throw new IllegalStateException("no sign-in form at " + base.resolve("/login"));
            }
            String fields = Map.of("username", user, "password", password, "formToken", token.group(1)).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> in = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Cookie", loginCookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
            return cookie(in, "promote_session");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " cookie (status " + response.statusCode() + ")"));
    }

    private HttpRequest.Builder request(String path, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (auth != null) {
            b.header(auth.startsWith("Basic ") ? "Authorization" : "Cookie", auth);
        }
        return b;
    }

    private Answer send(String route, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            latencies.record(route, System.nanoTime() - start, r.statusCode(), r.statusCode() >= 400 ? r.body() : null);
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            latencies.record(route, System.nanoTime() - start, 0, e.toString());
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }
}
