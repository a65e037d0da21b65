package com.promote.app.metrics;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.setup.Environment;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Every Dropwizard metric (the app's, Jetty's, the JVM's, the pool's) in Prometheus' text format
 * on the admin port at {@code /prometheus}, beside Dropwizard's own JSON at {@code /metrics}.
 */
public final class PrometheusEndpoint {
    public static final String PATH = "/prometheus";

    private PrometheusEndpoint() {
    }

    public static void install(Environment environment, MetricRegistry metrics) {
        PrometheusRegistry registry = new PrometheusRegistry();
        DropwizardExports.builder().dropwizardRegistry(metrics).register(registry);
        environment.admin().addServlet("prometheus", new PrometheusMetricsServlet(registry)).addMapping(PATH);
    }
}
