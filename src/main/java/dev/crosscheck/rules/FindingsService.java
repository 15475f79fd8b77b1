package dev.crosscheck.rules;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.ClaimsChanged;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.dataset.SeedLoader;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Severity;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.store.DatasetRevisions;
import dev.crosscheck.shared.yaml.YNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the findings of the claims in force up to date: a full evaluation once the store is
 * loaded, then an incremental update after every committed change, recomputing only the groups
 * the change touched.
 */
@ApplicationScoped
public class FindingsService {

    private static final Logger LOG = Logger.getLogger(FindingsService.class);

    private final DatasetService dataset;
    private final ClaimService claims;
    private final DatasetRevisions revisions;
    private volatile RuleSet rules;
    private volatile RulesEngine engine;
    private volatile long datasetRevision;

    public FindingsService(DatasetService dataset, ClaimService claims, DatasetRevisions revisions) {
        this.dataset = dataset;
        this.claims = claims;
        this.revisions = revisions;
    }

    /** Findings, the ruleset version and the dataset revision they were computed at. */
    public record Snapshot(String rulesetVersion, long datasetRevision, List<Finding> findings) {
    }

    void onLoaded(@Observes SeedLoader.DatasetLoaded loaded) {
        evaluateAll();
    }

    /** A change that derived state missed: evaluated afresh from the store, so no committed write stays unseen. */
    void onDerivedStateLost(@Observes dev.crosscheck.claim.DerivedStateLost lost) {
        evaluateAll();
    }

    /** A re-import may have changed the catalog and the rules, which the engine holds: evaluate afresh under them. */
    void onReimported(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeedLoader.DatasetReimported reimported) {
        evaluateAll();
    }

    /**
     * A full evaluation, swapped in whole. Synchronised with {@link #onChange}: a write committed
     * while it reads the claims is applied to the engine it builds, never to the one it replaces.
     */
    private synchronized void evaluateAll() {
        RuleSet parsed = parseRules();
        RulesEngine fresh = new RulesEngine(parsed, dataset.catalog());
        long rev = revisions.current();
        List<Claim> active = claims.active();
        long start = System.nanoTime();
        fresh.evaluateAll(active);
        this.rules = parsed;
        this.engine = fresh;
        this.datasetRevision = rev;
        LOG.infof("evaluated %d claims under ruleset %s in %d ms: %d findings", active.size(), parsed.version().substring(0, 12),
                (System.nanoTime() - start) / 1_000_000, fresh.findings().findings().size());
    }

    synchronized void onChange(@Observes ClaimsChanged change) {
        RulesEngine e = engine;
        if (e == null) {
            return;
        }
        List<Claim> upserts = new ArrayList<>();
        List<String> removed = new ArrayList<>(change.removed());
        var found = claims.findAll(change.changed());
        for (String id : change.changed()) {
            StoredClaim c = found.get(id);
            if (c != null && !c.retracted()) {
                upserts.add(c.claim());
            } else {
                removed.add(id);
            }
        }
        e.update(upserts, removed);
        datasetRevision = Math.max(datasetRevision, change.datasetRevision());
    }

    private RuleSet parseRules() {
        YNode doc = dataset.rules();
        if (doc == null) {
            throw new IllegalStateException("the claims directory has no " + dev.crosscheck.dataset.DatasetReader.RULES);
        }
        List<Issue> issues = new ArrayList<>();
        RuleSet parsed = RuleSet.parse(doc, dataset.rulesFile(), dataset.rulesDigest(), issues);
        issues.addAll(parsed.verify(dataset.catalog()));
        String errors = issues.stream().filter(i -> i.severity() == Severity.ERROR)
                .map(i -> i.file() + ":" + i.line() + ":" + i.column() + ": " + i.message()).collect(Collectors.joining("\n  "));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules file has errors:\n  " + errors);
        }
        return parsed;
    }

    private RulesEngine engine() {
        RulesEngine e = engine;
        if (e == null) {
            throw DomainException.of(DomainException.Kind.UNAVAILABLE, "findings are being computed; retry shortly");
        }
        return e;
    }

    public Snapshot all() {
        RulesEngine e = engine();
        long rev = datasetRevision;
        Findings f = e.findings();
        return new Snapshot(f.rulesetVersion(), rev, f.findings());
    }

    public Snapshot forClaim(String claimId) {
        claims.get(claimId);
        RulesEngine e = engine();
        long rev = datasetRevision;
        Findings f = e.findingsForClaim(claimId);
        return new Snapshot(f.rulesetVersion(), rev, f.findings());
    }

    /** The findings citing any of these claims, without looking the claims up (the checks' hot path). */
    public List<Finding> citing(java.util.Collection<String> claimIds) {
        RulesEngine e = engine();
        List<Finding> out = new ArrayList<>();
        for (String id : claimIds) {
            out.addAll(e.findingsForClaim(id).findings());
        }
        return out;
    }

    public Finding get(String id) {
        return engine().finding(id).orElseThrow(() -> DomainException.notFound("finding", id));
    }

    public PairRelation compare(Claim a, Claim b) {
        return engine().compare(a, b);
    }

    public String rulesetVersion() {
        return engine().rulesetVersion();
    }

    public long datasetRevision() {
        return datasetRevision;
    }

    public RuleSet rules() {
        engine();
        return rules;
    }

    /** A rule's declaration as written in rules.yaml (id, kind, description, severity, params). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> ruleDeclarations() {
        YNode doc = dataset.rules();
        if (!(doc instanceof YNode.YMap m) || !(m.get("rules") instanceof YNode.YList list)) {
            return List.of();
        }
        return list.items().stream().map(n -> (Map<String, Object>) n.plain()).toList();
    }
}
