package dev.crosscheck.shared.rest;

import dev.crosscheck.shared.config.CrosscheckConfig;
import dev.crosscheck.shared.failure.WorkBudget;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicBoolean;

/** The work budget of an HTTP request: the configured deadline, and abandoned once its connection closes. */
@ApplicationScoped
public class RequestBudgets {

    private final CrosscheckConfig config;

    public RequestBudgets(CrosscheckConfig config) {
        this.config = config;
    }

    public WorkBudget of(HttpServerRequest request) {
        AtomicBoolean gone = new AtomicBoolean();
        request.response().closeHandler(v -> gone.set(true));
        return WorkBudget.of(config.requestDeadline(), () -> gone.get() || request.response().closed());
    }
}
