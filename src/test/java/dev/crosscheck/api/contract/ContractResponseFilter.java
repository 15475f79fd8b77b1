package dev.crosscheck.api.contract;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.util.List;

/**
 * Checks every response a RestAssured test receives against the committed contract and fails
 * the test on the first request whose response the contract does not allow. Registered for every
 * {@code @QuarkusTest} by {@link ContractValidation}; a test that must see a response the contract
 * cannot describe opts out with {@code given().noFilters()}.
 */
public final class ContractResponseFilter implements OrderedFilter {

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
        Response r = ctx.next(request, response);
        String path = URI.create(request.getURI()).getRawPath();
        List<String> violations = OpenApiContract.committed().violations(new OpenApiContract.Exchange(request.getMethod(), path,
                r.statusCode(), r.contentType(), r::header, r.asByteArray()));
        if (!violations.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + path + " answered " + r.statusCode()
                    + " against the contract (openapi/openapi.yaml):\n  " + String.join("\n  ", violations)
                    + "\n  body: " + abbreviate(r.asString()));
        }
        return r;
    }

    private static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + " …";
    }

    @Override
    public int getOrder() {
        // Outermost: it sees the response exactly as the server sent it.
        return HIGHEST_PRECEDENCE;
    }
}
