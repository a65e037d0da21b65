package com.promote.app.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Every request's latency and status, by route, for percentiles at the end. */
final class Latencies {
    record Summary(String route, int count, int errors, int serverErrors, double p50, double p99, double max) {
    }

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> serverErrors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    void record(String route, long tookNanos, int status, String body) {
        nanos.computeIfAbsent(route, k -> new ConcurrentLinkedQueue<>()).add(tookNanos);
        if (status < 200 || status >= 400) {
            errors.computeIfAbsent(route, k -> new AtomicInteger()).incrementAndGet();
            if (firstErrors.size() < 10) {
                firstErrors.add(route + " -> " + status + " " + (body == null ? "" : body.substring(0, Math.min(200, body.length()))));
            }
        }
        if (status >= 500 || status == 0) {
            serverErrors.computeIfAbsent(route, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    List<Summary> summaries() {
        List<Summary> all = new ArrayList<>();
        new TreeMap<>(nanos).forEach((route, queue) -> all.add(summary(route, new ArrayList<>(queue))));
        return all;
    }

    /** One summary over several routes (all the reads together). */
    Summary combined(String name, List<String> routes) {
        List<Long> values = new ArrayList<>();
        routes.forEach(r -> values.addAll(nanos.getOrDefault(r, new ConcurrentLinkedQueue<>())));
        int errs = routes.stream().mapToInt(r -> errors.getOrDefault(r, new AtomicInteger()).get()).sum();
        int five = routes.stream().mapToInt(r -> serverErrors.getOrDefault(r, new AtomicInteger()).get()).sum();
        Summary s = summary(name, values);
        return new Summary(name, s.count(), errs, five, s.p50(), s.p99(), s.max());
    }

    int total() {
        return nanos.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }

    int serverErrors() {
        return serverErrors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    private Summary summary(String route, List<Long> values) {
        values.sort(null);
        int n = values.size();
        return new Summary(route, n, errors.getOrDefault(route, new AtomicInteger()).get(),
                serverErrors.getOrDefault(route, new AtomicInteger()).get(),
                n == 0 ? 0 : values.get((int) Math.ceil(0.50 * n) - 1) / 1e6,
                n == 0 ? 0 : values.get((int) Math.ceil(0.99 * n) - 1) / 1e6,
                n == 0 ? 0 : values.get(n - 1) / 1e6);
    }
}
