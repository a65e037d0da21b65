package com.promote.app.promotions;

import com.codahale.metrics.health.HealthCheck;
import com.promote.engine.promotions.PromotionRunner;
import io.dropwizard.lifecycle.Managed;

/** Starts and stops the job runner with the server, and reports on it as a health check. */
public final class PromotionRunnerManager extends HealthCheck implements Managed {
    private final PromotionRunner runner;

    public PromotionRunnerManager(PromotionRunner runner) {
        this.runner = runner;
    }

    @Override
    public void start() {
        runner.start();
    }

    @Override
    public void stop() throws InterruptedException {
        runner.stop();
    }

    @Override
    protected Result check() {
        return runner.isRunning()
                ? Result.healthy("runner " + runner.id() + " is polling; " + runner.busy() + " promotion(s) in hand")
                : Result.unhealthy("the promotion runner is not running");
    }
}
