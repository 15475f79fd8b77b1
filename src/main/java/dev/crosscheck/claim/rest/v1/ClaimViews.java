package dev.crosscheck.claim.rest.v1;

import dev.crosscheck.catalog.CurrentCatalog;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds {@link ClaimV1} views, resolving display names; shared by every v1 resource that shows claims. */
@ApplicationScoped
public class ClaimViews {

    /** What the contract says of the ETag header: the value If-Match and If-None-Match take. */
    public static final String ETAG_DESCRIPTION = "The claim's version, \"<id>@<version>\": send it in If-Match to change the claim";

    private final CurrentCatalog dataset;
    private final SourceService sources;

    public ClaimViews(CurrentCatalog dataset, SourceService sources) {
        this.dataset = dataset;
        this.sources = sources;
    }

    public ClaimV1 view(StoredClaim s) {
        Claim c = s.claim();
        String subject = dataset.catalog().entity(c.subject()).map(EntityDef::displayName).orElse(c.subject());
        String title = sources.find(c.source()).map(src -> src.def().title()).orElse(null);
        return ClaimV1.of(s, subject, title);
    }
}
