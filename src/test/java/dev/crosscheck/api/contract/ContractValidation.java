package dev.crosscheck.api.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ContractResponseFilter} in front of every RestAssured request of every
 * {@code @QuarkusTest}, without code in the tests (registered in
 * META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback). It runs in the
 * test's class loader, so it reaches the same RestAssured the test calls.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(ContractResponseFilter.class::isInstance)) {
            RestAssured.filters(new ContractResponseFilter());
        }
    }
}
