package dev.crosscheck.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.catalog.CurrentCatalog;
import dev.crosscheck.claim.history.ClaimRevision;
import dev.crosscheck.claim.history.ClaimRevisionEntity;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.Violation;
import dev.crosscheck.shared.store.DatasetRevisions;
import dev.crosscheck.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import dev.crosscheck.shared.store.WriteTransactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Every change to claims: create, replace, retract and atomic import. Each change is validated
 * exactly as the CLI validates a claims file, recorded as a revision with its actor, and bumps
 * the dataset revision; derived state is told after commit through {@link ClaimChangeFeed}.
 *
 * <p>Locks are taken in one order by every write, so that writers never deadlock: first the rows of
 * the existing claims it changes (in ascending id order), then the dataset revision row, which stays
 * locked until commit and so makes revision order the commit order. Each write runs in its own
 * transaction through {@link WriteTransactions}, which retries what the database refused on
 * contention; then it waits for derived state to reflect it.
 */
@ApplicationScoped
public class ClaimWriteService {

    private final ClaimService claims;
    private final SourceService sources;
    private final CurrentCatalog dataset;
    private final DatasetRevisions revisions;
    private final ObjectMapper json;
    private final ClaimChangeFeed feed;
    private final WriteTransactions transactions;
    private final java.time.Duration importTimeout;
    private final int chunk;

    public ClaimWriteService(ClaimService claims, SourceService sources, CurrentCatalog dataset, DatasetRevisions revisions,
                             ObjectMapper json, ClaimChangeFeed feed, WriteTransactions transactions,
                             dev.crosscheck.shared.config.CrosscheckConfig config) {
        this.importTimeout = config.importTimeout();
        this.chunk = Math.max(1, config.importChunkSize());
        this.claims = claims;
        this.sources = sources;
        this.dataset = dataset;
        this.revisions = revisions;
        this.json = json;
        this.feed = feed;
        this.transactions = transactions;
    }

    /**
     * The precondition of an update, from If-Match: the versions the client last saw, or any
     * version at all ({@code If-Match: *}: the claim must exist, whatever it holds now).
     */
    public record Precondition(boolean any, java.util.Set<Long> versions) {
        boolean accepts(long version) {
            return any || versions.contains(version);
        }
    }

    /** Claims read from a request body, with the problems met while reading it. */
    public record Inputs(List<ClaimInput> claims, List<Issue> issues) {
        public ClaimInput single() {
            return claims.isEmpty() ? null : claims.get(0);
        }
    }

    public StoredClaim create(Inputs in, String actor, String comment) {
        Claim c = verify(in).get(0);
        return committed(() -> insert(c, actor, comment), StoredClaim::datasetRevision);
    }

    private StoredClaim insert(Claim c, String actor, String comment) {
        if (ClaimEntity.findById(c.id()) != null) {
            throw DomainException.of(DomainException.Kind.ALREADY_EXISTS, "claim '" + c.id() + "' already exists");
        }
        long rev = revisions.next();
        ClaimEntity e = new ClaimEntity();
        write(e, c, actor, rev);
        e.version = 1;
        e.persist();
        record(e, ClaimRevision.Action.CREATE, actor, comment, List.copyOf(snapshot(c).keySet()), rev);
        feed.afterCommit(new ClaimsChanged(Set.of(c.id()), Set.of(), rev));
        return claims.toStored(e);
    }

    public StoredClaim replace(String id, Precondition pre, Inputs in, String actor, String comment) {
        // Verified before any lock is taken: anchoring is the slow part and needs no lock.
        Claim c = verify(in).get(0);
        if (!c.id().equals(id)) {
            throw DomainException.invalidInput("the body's id '" + c.id() + "' differs from the claim addressed, '" + id + "'", null);
        }
        return committed(() -> update(id, pre, c, actor, comment), StoredClaim::datasetRevision);
    }

    private StoredClaim update(String id, Precondition pre, Claim c, String actor, String comment) {
        ClaimEntity e = lockCurrent(id, pre);
        if (e.retracted) {
            throw DomainException.of(DomainException.Kind.RETRACTED, "claim '" + id + "' is retracted and cannot be edited");
        }
        Claim before = claims.toClaim(e);
        List<String> diff = diff(snapshot(before), snapshot(c));
        if (diff.isEmpty()) {
            return claims.toStored(e);
        }
        long rev = revisions.next();
        write(e, c, actor, rev);
        e.version++;
        record(e, ClaimRevision.Action.UPDATE, actor, comment, diff, rev);
        feed.afterCommit(new ClaimsChanged(Set.of(id), Set.of(), rev));
        return claims.toStored(e);
    }

    public StoredClaim retract(String id, Precondition pre, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.badParameter("reason", "a retraction needs a reason");
        }
        return committed(() -> withdraw(id, pre, reason, actor), StoredClaim::datasetRevision);
    }

    private StoredClaim withdraw(String id, Precondition pre, String reason, String actor) {
        ClaimEntity e = lockCurrent(id, pre);
        if (e.retracted) {
            throw DomainException.of(DomainException.Kind.RETRACTED, "claim '" + id + "' is already retracted");
        }
        long rev = revisions.next();
        e.retracted = true;
        e.retractionReason = reason;
        e.updatedAt = now();
        e.updatedBy = actor;
        e.datasetRevision = rev;
        e.version++;
        record(e, ClaimRevision.Action.RETRACT, actor, reason, List.of("retracted"), rev);
        feed.afterCommit(new ClaimsChanged(Set.of(), Set.of(id), rev));
        return claims.toStored(e);
    }

    /**
     * Imports claims all or nothing: every claim is verified first and one error rejects the
     * whole file. An existing claim that differs is replaced only with {@code overwrite};
     * otherwise it is kept as it is (an edit is never silently overwritten) and reported.
     */
    public ImportResult importAll(Inputs inputs, boolean overwrite, String actor, String comment) {
        return importVerified(verify(inputs), overwrite, actor, comment);
    }

    /**
     * Imports claims already verified by the dataset reader (the seed load, which runs it inside its
     * own transaction) or by {@link #importAll}.
     */
    public ImportResult importVerified(List<Claim> verified, boolean overwrite, String actor, String comment) {
        return committed(() -> merge(verified, overwrite, actor, comment), ImportResult::datasetRevision, importTimeout);
    }

    private ImportResult merge(List<Claim> verified, boolean overwrite, String actor, String comment) {
        Set<String> existing = lockExisting(verified);
        // Then the revision row, as by every writer; it rises only if the import changes something.
        long current = revisions.lockCurrent();
        long rev = current + 1;
        Merged merged = new Merged();
        // In chunks, each flushed (in JDBC batches) and then dropped from the persistence context: an
        // import of 100,000 claims neither keeps 200,000 managed entities nor dirty-checks them all at commit.
        for (int from = 0; from < verified.size(); from += chunk) {
            List<Claim> part = verified.subList(from, Math.min(verified.size(), from + chunk));
            Map<String, ClaimEntity> stored = new java.util.HashMap<>();
            List<String> ids = part.stream().map(Claim::id).filter(existing::contains).toList();
            if (!ids.isEmpty()) {
                ClaimEntity.<ClaimEntity>list("id in ?1", ids).forEach(e -> stored.put(e.id, e));
            }
            for (Claim c : part) {
                mergeOne(c, stored.get(c.id()), merged, overwrite, actor, comment, rev);
            }
            var em = ClaimEntity.getEntityManager();
            em.flush();
            em.clear();
        }
        Set<String> touched = new LinkedHashSet<>(merged.created);
        touched.addAll(merged.updated);
        if (touched.isEmpty()) {
            return new ImportResult(merged.created, merged.updated, merged.unchanged, merged.kept, current);
        }
        revisions.next();
        feed.afterCommit(new ClaimsChanged(touched, Set.of(), rev));
        return new ImportResult(merged.created, merged.updated, merged.unchanged, merged.kept, rev);
    }

    /** What an import did to each claim, by outcome. */
    private static final class Merged {
        final List<String> created = new ArrayList<>();
        final List<String> updated = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final List<String> kept = new ArrayList<>();
    }

    private void mergeOne(Claim c, ClaimEntity e, Merged merged, boolean overwrite, String actor, String comment, long rev) {
        if (e == null) {
            e = new ClaimEntity();
            write(e, c, actor, rev);
            e.version = 1;
            e.persist();
            record(e, ClaimRevision.Action.IMPORT, actor, comment, List.copyOf(snapshot(c).keySet()), rev);
            merged.created.add(c.id());
            return;
        }
        List<String> diff = diff(snapshot(claims.toClaim(e)), snapshot(c));
        if (diff.isEmpty() && !e.retracted) {
            merged.unchanged.add(c.id());
        } else if (!overwrite) {
            merged.kept.add(c.id());
        } else {
            write(e, c, actor, rev);
            e.retracted = false;
            e.retractionReason = null;
            e.version++;
            record(e, ClaimRevision.Action.IMPORT, actor, comment, diff.isEmpty() ? List.of("retracted") : diff, rev);
            merged.updated.add(c.id());
        }
    }

    /**
     * Locks the stored rows of these claims in ascending id order (the one order every writer uses)
     * and returns their ids; the rows themselves are read chunk by chunk as the import reaches them.
     */
    private static Set<String> lockExisting(List<Claim> claims) {
        List<String> ids = claims.stream().map(Claim::id).sorted().distinct().toList();
        Set<String> out = new java.util.HashSet<>();
        var em = ClaimEntity.getEntityManager();
        for (int from = 0; from < ids.size(); from += LOCK_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOCK_CHUNK));
            @SuppressWarnings("unchecked")
            List<String> locked = em.createNativeQuery("SELECT id FROM claim WHERE id IN (:ids) ORDER BY id FOR UPDATE", String.class)
                    .setParameter("ids", chunk).getResultList();
            out.addAll(locked);
        }
        return out;
    }

    private static final int LOCK_CHUNK = 500;

    /**
     * Runs a write in its own transaction (retried on contention) and waits until derived state
     * reflects it; inside a transaction the caller owns (the seed load), it joins that one and leaves
     * the waiting to the caller's commit.
     */
    private <T> T committed(Supplier<T> work, ToLongFunction<T> revision) {
        return committed(work, revision, null);
    }

    private <T> T committed(Supplier<T> work, ToLongFunction<T> revision, java.time.Duration timeout) {
        boolean own = !QuarkusTransaction.isActive();
        T out = transactions.write(work, timeout);
        if (own) {
            feed.awaitApplied(revision.applyAsLong(out));
        }
        return out;
    }

    /**
     * @param kept claims whose stored state differs from the import and were left as they are
     */
    public record ImportResult(List<String> created, List<String> updated, List<String> unchanged, List<String> kept,
                               long datasetRevision) {
    }

    /** Verifies inputs as the validator does; any problem rejects them all with every error listed. */
    private List<Claim> verify(Inputs inputs) {
        List<Issue> issues = new ArrayList<>(inputs.issues());
        List<Claim> out = new ArrayList<>();
        // Only the sources the inputs quote: reading every stored text on each write is wasted work.
        Map<String, dev.crosscheck.source.SourceText> sourceTexts = new java.util.HashMap<>();
        for (ClaimInput in : inputs.claims()) {
            if (in.source() != null && !sourceTexts.containsKey(in.source())) {
                sources.find(in.source()).ifPresent(t -> sourceTexts.put(t.id(), t));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        Map<String, String> pointers = new LinkedHashMap<>();
        for (ClaimInput in : inputs.claims()) {
            in.fields().forEach((field, at) -> pointers.putIfAbsent(at.line() + ":" + at.column(), field));
            if (!ids.add(in.id())) {
                issues.add(Issue.of(dev.crosscheck.shared.diagnostic.CheckId.DUPLICATE_ID, in.fieldAt("id"),
                        "duplicate claim id '" + in.id() + "'", in.id()));
                continue;
            }
            ClaimValidator.validate(in, dataset.catalog(), sourceTexts, issues).ifPresent(out::add);
        }
        if (issues.isEmpty() && out.isEmpty()) {
            throw DomainException.invalidInput("the request holds no claim", null);
        }
        if (!issues.isEmpty()) {
            boolean single = inputs.claims().size() <= 1;
            List<Violation> errors = issues.stream()
                    .map(i -> new Violation(pointer(pointers.get(i.line() + ":" + i.column()), i.subjectId(), single),
                            i.check().id(), i.message(), i.line() > 0 ? i.line() : null, i.column() > 0 ? i.column() : null))
                    .toList();
            throw new DomainException(DomainException.Kind.INVALID_CLAIM, issues.size() + " problem(s) found; nothing was changed", errors);
        }
        return out;
    }

    private static String pointer(String field, String claimId, boolean single) {
        if (field == null) {
            return null;
        }
        return single || claimId == null ? "/" + field : "/claims/" + claimId + "/" + field;
    }

    private ClaimEntity lockCurrent(String id, Precondition pre) {
        ClaimEntity e = ClaimEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw DomainException.notFound("claim", id);
        }
        if (!pre.accepts(e.version)) {
            String named = new java.util.TreeSet<>(pre.versions()).stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
            throw DomainException.of(DomainException.Kind.PRECONDITION_FAILED, "claim '" + id + "' has changed: If-Match names version "
                    + named + ", current is " + e.version + "; read it again and reapply your change");
        }
        return e;
    }

    private void write(ClaimEntity e, Claim c, String actor, long rev) {
        ClaimService.copy(c, e, json);
        e.updatedAt = now();
        e.updatedBy = actor;
        e.datasetRevision = rev;
    }

    private void record(ClaimEntity e, ClaimRevision.Action action, String actor, String comment, List<String> changes, long rev) {
        ClaimRevisionEntity r = new ClaimRevisionEntity();
        r.claimId = e.id;
        // Every revision raises the version by one, starting at 1: the revision number is the version.
        r.revision = (int) e.version;
        r.datasetRevision = rev;
        r.action = action.name().toLowerCase(java.util.Locale.ROOT);
        r.actor = actor;
        r.recordedAt = e.updatedAt;
        r.comment = comment;
        r.changes = ClaimService.write(json, changes);
        Map<String, Object> snap = snapshot(claims.toClaim(e));
        snap.put("retracted", e.retracted);
        if (e.retracted) {
            snap.put("retractionReason", e.retractionReason);
        }
        r.snapshot = ClaimService.write(json, snap);
        r.persist();
    }

    /**
     * The writable fields of a claim, as a body that PUT would accept and an export writes: the base a
     * merge patch applies to. The anchor's offsets are part of it, so that a quote that occurs more
     * than once in its source stays placed where it was.
     */
    public static Map<String, Object> writable(Claim c) {
        Map<String, Object> m = snapshot(c);
        m.values().removeIf(Objects::isNull);
        return m;
    }

    /** The writable fields of a claim plus its anchor: what a revision preserves. */
    static Map<String, Object> snapshot(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("subject", c.subject());
        m.put("property", c.property());
        m.put("value", c.value());
        m.put("unit", c.unit());
        m.put("qualifiers", c.qualifiers());
        m.put("source", c.source());
        m.put("quote", c.quote());
        m.put("note", c.note());
        m.put("start", c.anchor().position().start());
        m.put("end", c.anchor().position().end());
        return m;
    }

    private static List<String> diff(Map<String, Object> a, Map<String, Object> b) {
        List<String> out = new ArrayList<>();
        for (String k : b.keySet()) {
            if (!Objects.equals(normalise(a.get(k)), normalise(b.get(k)))) {
                out.add(k);
            }
        }
        return out;
    }

    private static Object normalise(Object o) {
        return o instanceof Number n ? (Object) n.doubleValue() : o;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
