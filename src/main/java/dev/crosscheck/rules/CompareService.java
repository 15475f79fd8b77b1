package dev.crosscheck.rules;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimInput;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.ClaimValidator;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.Violation;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * How two claims relate under the rules in force, each given as a stored claim's id or as a
 * claim's fields. A given claim passes the one validation every claim passes ({@link ClaimValidator}),
 * without a quote to anchor: it is reasoned about, not stored.
 */
@ApplicationScoped
public class CompareService {

    /** One side: a stored claim's id, or a claim's fields. */
    public record Side(String storedId, ClaimInput claim) {
    }

    private final FindingsService findings;
    private final ClaimService claims;
    private final DatasetService dataset;

    public CompareService(FindingsService findings, ClaimService claims, DatasetService dataset) {
        this.findings = findings;
        this.claims = claims;
        this.dataset = dataset;
    }

    public PairRelation compare(Side a, Side b) {
        List<Violation> errors = new ArrayList<>();
        Claim ca = resolve(a, "/a", errors);
        Claim cb = resolve(b, "/b", errors);
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_CLAIM, "the claims to compare cannot be read", errors);
        }
        return findings.compare(ca, cb);
    }

    private Claim resolve(Side side, String pointer, List<Violation> errors) {
        if (side.storedId() != null) {
            var stored = claims.find(side.storedId());
            if (stored.isEmpty()) {
                errors.add(Violation.of(pointer + "/id", "unknown claim '" + side.storedId() + "'"));
                return null;
            }
            return stored.get().claim();
        }
        List<Issue> issues = new ArrayList<>();
        var claim = ClaimValidator.validateUnanchored(side.claim(), dataset.catalog(), issues);
        for (Issue i : issues) {
            String field = side.claim().fieldOf(i);
            errors.add(new Violation(pointer + (field == null ? "" : "/" + field), i.check().id(), i.message(), null, null));
        }
        return claim.orElse(null);
    }
}
